import { keyOf, type SnapshotObject } from '../catalog/snapshot';
import type { Difference } from '../catalog/snapshot-diff';
import { displayName } from '../catalog/snapshot-diff';
import { meaningful } from '../check-support/down-differences';
import { objectLine } from '../check-support/object-line';
import type { Finding } from '../findings';
import type { MigrationFile } from '../formats/migration-set';
import { lineEnding, traceOf, type FixSource, type FixWriter, type Written } from './candidate';
import { UNDO_RANK, undoStatement } from './down-statements';
import { CREATE_RANK, recreation, type Placed, type Recreation } from './recreate-statements';

/**
 * down-incomplete (and reup-mismatch when the down left something behind): the statements the down is missing,
 * written from the catalog difference between the schema before the up and after the down, added at the end of the
 * down section. The up's version of a definition it changed is dropped first, properties the up changed are set back,
 * what it created is dropped (dependents first), and what it dropped or redefined is written again from its
 * definition in the catalog before the up (what others use first).
 */
export const downUndo: FixWriter = {
  checks: ['down-incomplete', 'reup-mismatch'],
  write(finding: Finding, { set, run }: FixSource): Written {
    const trace = traceOf(finding, run);
    const down = trace?.down.file;
    const up = trace?.migration.up;
    const diff = meaningful(trace?.downDiff);
    if (!trace || !down || down.absent || !up || !diff.length)
      return finding.check === 'down-incomplete' ? { notWritten: 'no down section to add to' } : undefined;
    const before = new Map((trace.beforeUp ?? []).map((o) => [keyOf(o), o]));
    const again = new Map(diff.map((d) => [d, recreation(d, before.get(keyOf(d)))]));
    const unwritable = diff.filter((d) => !undoStatement(d) && !isRecreation(again.get(d)));
    if (unwritable.length) return { notWritten: whyNot(unwritable, again) };
    const recreated = diff.flatMap((d) => {
      const r = again.get(d);
      return isRecreation(r) && !undoStatement(d) ? [{ d, r }] : [];
    });
    // What a restored default or a re-created column may use (a function, a sequence) comes back before them.
    const creates = createsInOrder(recreated, before);
    const statements = [
      ...dropsFirst(recreated),
      ...creates.filter((p) => p.rank < CREATE_RANK.column).map((p) => p.sql),
      ...inUndoOrder(
        diff.filter((d) => undoStatement(d)),
        up,
      ).map((d) => undoStatement(d) ?? ''),
      ...creates.filter((p) => p.rank >= CREATE_RANK.column).map((p) => p.sql),
    ];
    const brings = [...new Set(recreated.flatMap(({ r }) => r.brings ?? []))].sort();
    return {
      summary:
        `Adds to ${down.name} what it is missing: ${statements.length} statement${statements.length === 1 ? '' : 's'} undoing ${diff.map(describe).join(', ')}.` +
        whatStays(recreated.map(({ d }) => d)),
      files: [
        {
          path: down.path,
          content: appendToSection(
            down,
            statements.map((sql) => set.format.wholeStatement?.(sql) ?? sql),
          ),
        },
      ],
      versions: [trace.migration.version],
      ...(brings.length && { brings }),
    };
  },
};

function isRecreation(r: Recreation | { why: string } | undefined): r is Recreation {
  return r !== undefined && !('why' in r);
}

/**
 * Why no fix: an object the up dropped or redefined with the reason it cannot be written again; properties no
 * statement sets back with the sentence these hints always had.
 */
function whyNot(unwritable: Difference[], again: Map<Difference, Recreation | { why: string } | undefined>): string {
  const said: string[] = [];
  const properties: string[] = [];
  for (const d of unwritable) {
    const r = again.get(d);
    if (r && 'why' in r) said.push(`${describe(d)} (${r.why})`);
    else if (d.change === 'removed')
      said.push(
        `${describe(d)} (${d.kind === 'table' ? 'a dropped table is not rebuilt, and its rows are gone' : 'no exact definition of it is written from the catalog'})`,
      );
    else properties.push(describe(d));
  }
  if (properties.length)
    said.push(`${properties.join(', ')} (only what the up created or a column property it changed can be undone from the catalog)`);
  return `no statement undoes ${said.join(', ')}`;
}

/** What a re-created object does not get back, said in the summary: the data, the column's place, the sequence's value. */
function whatStays(recreated: Difference[]): string {
  const columns = recreated.filter((d) => d.kind === 'column' && d.change === 'removed').map((d) => displayName(d.name));
  const sequences = recreated.filter((d) => d.kind === 'sequence' && d.change === 'removed').map((d) => displayName(d.name));
  let said = '';
  if (columns.length)
    said += ` Column ${columns.join(', ')} comes back empty (or with its default) and at the end of its table: the values the up dropped are gone.`;
  if (sequences.length) said += ` Sequence ${sequences.join(', ')} starts again at its START value.`;
  return said;
}

function describe(d: Difference): string {
  const what = `${d.kind} ${displayName(d.name)}`;
  return d.change === 'changed' ? `${what} ${d.property ?? ''}`.trimEnd() : what;
}

/** The up's version of each redefined object, dependents first (a trigger or view before what it uses). */
function dropsFirst(recreated: { d: Difference; r: Recreation }[]): string[] {
  const rank = (d: Difference) => UNDO_RANK[d.kind] ?? 99;
  return [...recreated].sort((a, b) => rank(a.d) - rank(b.d) || a.d.name.localeCompare(b.d.name)).flatMap(({ r }) => (r.drop ? [r.drop] : []));
}

/** Every re-creation's statements by rank (what others use first), then in the order the objects were first made (oid). */
function createsInOrder(recreated: { d: Difference; r: Recreation }[], before: Map<string, SnapshotObject>): Placed[] {
  const oid = (d: Difference) => Number(/\/(\d+)/.exec(before.get(keyOf(d))?.ref ?? '')?.[1] ?? 0);
  const placed = recreated.flatMap(({ d, r }) => r.create.map((p) => ({ ...p, d })));
  return placed.sort((a, b) => a.rank - b.rank || oid(a.d) - oid(b.d) || a.d.name.localeCompare(b.d.name));
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
