import type { Finding } from '../findings';
import { describeSize, type TableSize } from '../deployed/table-sizes';

/** Adds the production size of each table a finding names, and raises it to an error when one holds more than `largeRows` rows. */
export function withTableSizes(findings: Finding[], sizes: ReadonlyMap<string, TableSize>, largeRows: number): Finding[] {
  if (!sizes.size) return findings;
  return findings.map((f) => {
    const known = (f.relations ?? []).flatMap((r) => {
      const size = sizes.get(r);
      return size ? [{ r, size }] : [];
    });
    if (!known.length) return f;
    const large = known.some(({ size }) => (size.rows ?? 0) > largeRows);
    const message = `${f.message} [production: ${known.map(({ r, size }) => describeSize(r, size)).join('; ')}]`;
    return {
      ...f,
      message,
      severity: large ? 'error' : f.severity,
      hint: large ? `${f.hint ? `${f.hint} ` : ''}Raised to an error: above large-table-rows (${largeRows.toLocaleString('en-US')}).` : f.hint,
    };
  });
}
