import { displayName } from '../catalog/snapshot-diff';
import { addedEnumLabels } from '../check-support/down-differences';
import type { Finding } from '../findings';
import { statementsOfSection } from '../sql/text';
import { traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { nameParts, QUALIFIED, unquoted } from './sql-names';

/** `ALTER TYPE name ADD VALUE` without IF NOT EXISTS, on a statement's folded text: the type's name. */
const ADD_VALUE = new RegExp(String.raw`^ALTER TYPE (${QUALIFIED}) ADD VALUE (?!IF NOT EXISTS\b)`, 'i');

/**
 * reup-failed when the down kept enum values (PostgreSQL cannot drop one): each `ALTER TYPE ... ADD VALUE` of those
 * enums in the up gets IF NOT EXISTS, so the up runs again after the down. The value stays after the down all the
 * same; the fix brings the truth about that, enum-label-kept (a warning), where the run did not show it before, and
 * the summary says so.
 */
export const enumIfNotExists: FixWriter = {
  checks: ['reup-failed'],
  write(finding: Finding, { run }: FixSource): Written {
    const trace = traceOf(finding, run);
    const up = trace?.migration.up;
    const kept = (trace?.downDiff ?? []).flatMap((d) => (addedEnumLabels(d) ? [{ name: d.name, labels: addedEnumLabels(d) ?? [] }] : []));
    if (!trace || !up || !kept.length) return undefined; // another cause: not this writer's finding
    const adds = statementsOfSection(up).flatMap((s) => {
      const m = ADD_VALUE.exec(s.text);
      return m && kept.some((k) => sameType(k.name, m[1])) ? [s] : [];
    });
    if (!adds.length) return { notWritten: 'no ALTER TYPE ... ADD VALUE without IF NOT EXISTS of the kept enum could be read back from the up' };
    let content = up.text;
    // From the last statement back, so that earlier offsets hold.
    for (const s of [...adds].reverse()) {
      const at = /\bADD\s+VALUE\s+/i.exec(content.slice(s.start, s.end));
      if (!at) return { notWritten: `the ADD VALUE at line ${s.line} could not be found in the file's text (a comment inside the statement?)` };
      const cut = s.start + at.index + at[0].length;
      content = `${content.slice(0, cut)}IF NOT EXISTS ${content.slice(cut)}`;
    }
    const values = kept.map((k) => `${k.labels.join(', ')} of enum ${displayName(k.name)}`).join('; ');
    return {
      summary:
        `Writes ADD VALUE IF NOT EXISTS in ${up.name}, so the up runs again after its down. The down still leaves ${values} in place ` +
        '(PostgreSQL cannot drop an enum value): enum-label-kept says so.',
      files: [{ path: up.path, content }],
      versions: [up.version],
      brings: ['enum-label-kept'],
    };
  },
};

/** The catalog's `public.refund_state` against what the file wrote (`refund_state`, `Public.Refund_State`, `"x"`). */
function sameType(catalog: string, written: string): boolean {
  const a = nameParts(catalog).map(unquoted);
  const b = nameParts(written).map(unquoted);
  return b.length === 1 ? a.at(-1) === b[0] : a.join('.') === b.join('.');
}
