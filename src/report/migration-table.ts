import type { MigrationTrace } from '../engine/trace';
import type { Finding, Severity } from '../findings';
import { markdownCode } from './escape';
import { ICON } from './markdown-findings';
import { migrationName, stepRecord } from './step-labels';

/** Four columns: a wider table scrolls sideways on a phone before it shows what matters (the findings column). */
export const TABLE_HEADER = ['| Migration | Findings | Up, down, up again | Schema |', '| --- | --- | --- | --- |'];

/** A migration's name is cut to this many characters in the table; the findings above carry the whole path. */
const NAME_MAX = 48;

/**
 * One row per migration that agrees with the findings: its findings by severity come before its steps, so a
 * migration whose steps all passed but that has an error (a lock the scratch run saw, a destructive drop) never
 * reads as fine. Sub-second step times are left out: `ok 0ms` says nothing a reviewer can use (the JSON has them).
 */
export function migrationRow(trace: MigrationTrace, findings: Finding[]): string {
  const r = stepRecord(trace);
  const steps = [r.up, r.down, r.reup].map((s) => s.replace(/^ok \d+ms$/, 'ok')).join(' · ');
  return `| ${markdownCode(migrationName(trace), NAME_MAX)} | ${findingsCell(trace, findings)} | ${steps} | ${r.schema} |`;
}

function findingsCell(trace: MigrationTrace, findings: Finding[]): string {
  const version = trace.migration.versionText;
  const paths = new Set([trace.migration.up?.path, trace.migration.down?.path].filter((p): p is string => !!p));
  const own = findings.filter((f) => (f.version !== undefined ? f.version === version : !!f.file && paths.has(f.file)));
  const order: Severity[] = ['error', 'warning', 'notice'];
  const cells = order.flatMap((s) => {
    const n = own.filter((f) => f.severity === s).length;
    return n ? [`${ICON[s]} ${n}`] : [];
  });
  return cells.length ? cells.join(' ') : '✅';
}
