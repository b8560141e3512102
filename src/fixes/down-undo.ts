import type { Difference } from '../catalog/snapshot-diff';
import { displayName } from '../catalog/snapshot-diff';
import { meaningful } from '../check-support/down-differences';
import { objectLine } from '../check-support/object-line';
import type { Finding } from '../findings';
import type { MigrationFile } from '../formats/migration-set';
import { lineEnding, traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { UNDO_RANK, undoStatement } from './down-statements';

/**
 * down-incomplete (and reup-mismatch when the down left something behind): the statements the down is missing,
 * written from the catalog difference between the schema before the up and after the down, added at the end of the
 * down section. Properties the up changed are set back first, then what it created is dropped, dependents first.
 */
export const downUndo: FixWriter = {
  checks: ['down-incomplete', 'reup-mismatch'],
  write(finding: Finding, { run }: FixSource): Written {
    const trace = traceOf(finding, run);
    const down = trace?.down.file;
    const up = trace?.migration.up;
    const diff = meaningful(trace?.downDiff);
    if (!trace || !down || down.absent || !up || !diff.length)
      return finding.check === 'down-incomplete' ? { notWritten: 'no down section to add to' } : undefined;
    const unwritable = diff.filter((d) => !undoStatement(d));
    if (unwritable.length)
      return {
        notWritten: `no statement undoes ${unwritable.map(describe).join(', ')} (only what the up created or a column property it changed can be undone from the catalog)`,
      };
    const statements = inUndoOrder(diff, up).map((d) => undoStatement(d) ?? '');
    return {
      summary: `Adds to ${down.name} what it is missing: ${statements.length} statement${statements.length === 1 ? '' : 's'} undoing ${diff.map(describe).join(', ')}.`,
      files: [{ path: down.path, content: appendToSection(down, statements) }],
      versions: [trace.migration.version],
    };
  },
};

function describe(d: Difference): string {
  const what = `${d.kind} ${displayName(d.name)}`;
  return d.change === 'changed' ? `${what} ${d.property ?? ''}`.trimEnd() : what;
}

/** Changed properties first (their objects stay), then drops by kind rank and, within a kind, last created first. */
function inUndoOrder(diff: Difference[], up: MigrationFile): Difference[] {
  const line = (d: Difference) => objectLine(up, d) ?? 0;
  const rank = (d: Difference) => (d.change === 'changed' ? -1 : (UNDO_RANK[d.kind] ?? 99));
  return [...diff].sort((a, b) => rank(a) - rank(b) || line(b) - line(a) || a.name.localeCompare(b.name));
}

/** The section's text with the statements after its last line: the file's other sections and its line endings kept. */
export function appendToSection(file: MigrationFile, statements: string[]): string {
  const { text, body } = file;
  const eol = lineEnding(text);
  const before = text.slice(0, body.end);
  const gap = before.length === 0 || before.endsWith('\n') ? '' : eol;
  const after = text.slice(body.end);
  const added = statements.map((s) => `${s}${eol}`).join('');
  return `${before}${gap}${added}${after}`;
}
