import { nl } from '../messages/nl.ts';

/** How deep js-yaml lets blocks and lists nest before it stops; passed to it and named in the message. */
export const MAX_YAML_DEPTH = 100;

type Reason = Exclude<keyof typeof nl.load.yamlReasons, 'tooDeep'>;

// Every message js-yaml 4's loader can throw (lib/loader.js), grouped by what an editor would do
// about it. Order matters: the first pattern that matches wins. A test reads the loader's source
// and fails when a js-yaml message lands on `other`.
const REASONS: readonly (readonly [RegExp, Reason])[] = [
  [/tab characters/, 'tab'],
  [/bad indentation|deficient indentation/, 'indentation'],
  [/block scalar|chomping mode|indentation width/, 'blockScalar'],
  [/end of the stream or a document separator/, 'trailingText'],
  [/single document in the stream/, 'multipleDocuments'],
  [/quoted scalar/, 'unclosedQuote'],
  [/flow collection/, 'flowCollection'],
  [/unexpected end of the (stream|document)/, 'unexpectedEnd'],
  [/incomplete explicit mapping pair|block mapping entry|implicit mapping pair/, 'notKeyValue'],
  [/whitespace character is expected after the key-value separator/, 'spaceAfterColon'],
  [/a line break is expected/, 'lineBreak'],
  [/expected the node content, but found ','/, 'strayComma'],
  [/escape sequence|hexadecimal character|valid JSON character/, 'escape'],
  [/alias|anchor/, 'alias'],
  [/merge/, 'merge'],
  [/nested arrays are not supported inside keys/, 'keyIsList'],
  // parseYaml reports this one as its own problem code; listed so that the table is complete.
  [/duplicated mapping key/, 'duplicateKey'],
  [/null byte/, 'nulByte'],
  [/non-printable characters/, 'nonPrintable'],
  [/directive|YAML version|directives end mark|previously declared suffix/, 'directive'],
  [/\btag\b|!</, 'tag'],
];

/** js-yaml's English reason for a syntax error, as a Dutch phrase that fits after "De YAML is onleesbaar: ". */
export function dutchYamlReason(reason: string): string {
  if (/nesting exceeded maxDepth/.test(reason)) return nl.load.yamlReasons.tooDeep(MAX_YAML_DEPTH);
  const match = REASONS.find(([pattern]) => pattern.test(reason));
  return nl.load.yamlReasons[match?.[1] ?? 'other'];
}
