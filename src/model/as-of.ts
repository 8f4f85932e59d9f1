import { todayInBrussels } from '../compute/dates.ts';

/** Where the as-of date may come from, strongest first. */
export interface AsOfSources {
  /** `--as-of` on the command line, or the AS_OF environment variable. */
  explicit?: string;
  /** `as_of` pinned in site.yaml. */
  pinned?: string;
  /** SOURCE_DATE_EPOCH, seconds since 1970, for reproducible builds. */
  sourceDateEpoch?: string;
  now?: Date;
}

/** The date the whole site is computed for: explicit, else pinned, else SOURCE_DATE_EPOCH, else today in Brussels. */
export function resolveAsOf(sources: AsOfSources): string {
  if (sources.explicit) return sources.explicit;
  if (sources.pinned) return sources.pinned;
  if (sources.sourceDateEpoch && /^\d+$/.test(sources.sourceDateEpoch)) {
    return todayInBrussels(new Date(Number(sources.sourceDateEpoch) * 1000));
  }
  return todayInBrussels(sources.now);
}
