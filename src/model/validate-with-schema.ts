import type { z } from 'zod';
import { locate } from '../load/locate.ts';
import type { YamlSource } from '../load/source-file.ts';
import { reportsFromIssues } from '../problems/from-zod-issue.ts';
import { fieldPath, type Problem } from '../problems/problem.ts';

/** A parsed file or entry ready for schema validation. */
export interface Validatable {
  file: string;
  data: unknown;
  yaml: YamlSource;
}

/** The typed value, or every problem zod found, each placed on its line and column. */
export type Validated<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Validates one file's data against its schema and turns zod's issues into located Dutch problems. */
export function validateWithSchema<S extends z.ZodType>(schema: S, source: Validatable): Validated<z.output<S>> {
  const result = schema.safeParse(source.data);
  if (result.success) return { ok: true, value: result.data };
  const problems = reportsFromIssues(result.error.issues, source.data, schema).map((report): Problem => {
    const position = locate(source.yaml, report.path, report.atKey);
    return {
      code: report.code,
      file: source.file,
      line: position.line,
      column: position.column,
      field: fieldPath(report.path),
      message: report.message,
      ...(report.hint ? { hint: report.hint } : {}),
    };
  });
  return { ok: false, problems };
}

/** A problem about one field of a validated source, placed on that field's line. */
export function problemAt(
  source: Validatable,
  path: readonly PropertyKey[],
  problem: Omit<Problem, 'file' | 'line' | 'column' | 'field'>,
): Problem {
  const position = locate(source.yaml, path);
  return { ...problem, file: source.file, line: position.line, column: position.column, field: fieldPath(path) };
}
