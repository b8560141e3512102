import type { Outcome } from '../outcome';
import { buildJsonReport, type JsonReport } from './json';
import { maskOutcome, maskValues } from './mask';
import { buildSarif } from './sarif';

/**
 * The JSON report as written to a file or stdout: its free text masked (mask.ts), generated values never. `json` is
 * a report not built from the outcome (merge).
 */
export function jsonReportText(outcome: Outcome, root: string, secrets: readonly string[], json?: JsonReport): string {
  return `${JSON.stringify(maskValues(json ?? buildJsonReport(outcome, root), secrets), null, 2)}\n`;
}

/**
 * SARIF as written: built from the outcome with its texts masked (maskOutcome; masking a masked outcome again changes
 * nothing unless the password holds a `*`), so that levels, rule ids and URLs stay what SARIF requires whatever the password is.
 */
export function sarifText(outcome: Outcome, root: string, secrets: readonly string[]): string {
  return `${JSON.stringify(buildSarif(maskOutcome(outcome, secrets), root), null, 2)}\n`;
}
