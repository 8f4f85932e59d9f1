import { nl } from '../messages/nl.ts';
import type { CommitmentRule, CommitmentRules } from '../schema/ladder-file.ts';

const f = nl.monitoring.method.renewal;

/** The rule for one kind of commitment in plain Dutch, one sentence per part, from the numbers the build applies. */
function describeRule(kind: 'declaration' | 'ambassador', rule: CommitmentRule): string[] {
  const sentences: string[] = [];
  if (rule.term) {
    sentences.push(f.term(f.kinds[kind], f.starts[kind], f.months(rule.term.months)));
    if (rule.term.notice_days > 0) sentences.push(f.notice(rule.term.notice_days, f.noticeTerm));
  }
  if (rule.reports) {
    sentences.push(f.reports(f.kinds[kind], f.starts[kind], f.months(rule.reports.every_months), rule.reports.grace_days));
    if (rule.reports.notice_days > 0) sentences.push(f.notice(rule.reports.notice_days, f.noticeReport));
    else if (rule.reports.grace_days > 0) sentences.push(f.graceOnly);
  }
  return sentences;
}

/** Whether content/ladder.yaml sets any term or reports: without, badges never lapse. */
export function hasRenewalRules(rules: CommitmentRules): boolean {
  return (['declaration', 'ambassador'] as const).some((kind) => rules[kind]?.term !== undefined || rules[kind]?.reports !== undefined);
}

/**
 * The programme's renewal and reporting rules as paragraphs, one per kind of commitment that has
 * a rule, then what a late renewal does; one sentence saying there are none when there are none.
 */
export function describeRenewalRules(rules: CommitmentRules): string[] {
  if (!hasRenewalRules(rules)) return [f.none];
  const paragraphs = (['declaration', 'ambassador'] as const).flatMap((kind) => {
    const rule = rules[kind];
    return rule ? [describeRule(kind, rule).join(' ')].filter((text) => text.length > 0) : [];
  });
  return [...paragraphs, f.late];
}
