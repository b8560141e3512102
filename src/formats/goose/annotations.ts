import { goEqualFold, goQuote, goTrimSpace } from './go-text';

/**
 * goose's `-- +goose ...` annotations, as internal/sqlparser/parser.go (goose v3.19.1 and later) reads them.
 * A line is an annotation when, trimmed, it starts with `--` and it contains `+goose` (case-sensitive);
 * then it must have no leading space or tab, hold `+goose` once, and name one of the seven
 * annotations below in any letter case. Anything else on such a line is an error, not a comment.
 */
export type Annotation = 'Up' | 'Down' | 'StatementBegin' | 'StatementEnd' | 'NO TRANSACTION' | 'ENVSUB ON' | 'ENVSUB OFF';

const SUPPORTED: readonly Annotation[] = ['Up', 'Down', 'StatementBegin', 'StatementEnd', 'NO TRANSACTION', 'ENVSUB ON', 'ENVSUB OFF'];

export type AnnotationResult = { kind: 'none' } | { kind: 'annotation'; annotation: Annotation } | { kind: 'error'; reason: string };

/** Whether goose treats the line as an annotation at all (before validating it). */
export function isAnnotationLine(line: string): boolean {
  return goTrimSpace(line).startsWith('--') && line.includes('+goose');
}

/** goose's extractAnnotation, with its error wording (wrapped as ParseSQLMigration wraps it). */
export function readAnnotation(line: string): AnnotationResult {
  if (!isAnnotationLine(line)) return { kind: 'none' };
  const fail = (cause: string): AnnotationResult => ({ kind: 'error', reason: `failed to parse annotation line ${goQuote(line)}: ${cause}` });
  if (line.startsWith(' ') || line.startsWith('\t')) return fail(`${goQuote(line)} contains leading whitespace: invalid annotation`);
  // goose removes every "--" (not only the leading one), then the first "+goose".
  let command = line.replaceAll('--', '').replace('+goose', '');
  if (command.includes('+goose')) return fail(`${goQuote(command)} contains multiple '+goose' annotations: invalid annotation`);
  command = goTrimSpace(command);
  if (command === '') return fail('empty annotation');
  const found = SUPPORTED.find((annotation) => goEqualFold(annotation, command));
  if (found === undefined) return fail(`${goQuote(command)} not supported: invalid annotation`);
  return { kind: 'annotation', annotation: found };
}
