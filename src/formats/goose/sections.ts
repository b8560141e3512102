import type { ParsedName, SectionPlan, SectionsResult, TextRange } from '../format';
import { readAnnotation } from './annotations';
import { scanLines } from './go-text';
import { parseDirection } from './parser';

/**
 * A goose file holds both directions. goose parses the file once per direction it runs
 * (migration.go: ParseSQLMigration(f, direction)), so a fault that only the down pass trips over
 * (an unfinished down statement) lets `goose up` through and stops `goose down`; the file is
 * refused here either way, and the reason says which command stops.
 * The up body runs from the line after `-- +goose Up` to the `-- +goose Down` line (or the end), the
 * down body from the line after `-- +goose Down` to the end (empty at the end when there is none).
 * An up or down with no statements is still a section: goose runs nothing and records the version.
 */
export function gooseSections(text: string, _name: ParsedName): SectionsResult {
  const up = parseDirection(text, 'up');
  if (!up.ok) return up;
  const down = parseDirection(text, 'down');
  if (!down.ok) {
    const reason = `${down.reason} (goose reads the down section only for goose down, so goose up still applies this file)`;
    return { ok: false, line: down.line, reason, upApplies: true };
  }
  const bodies = sectionBodies(text);
  const sections: SectionPlan[] = [
    { direction: 'up', body: bodies.up, execution: { units: up.statements, transaction: up.useTx ? 'wrapped' : 'none' } },
    {
      direction: 'down',
      body: bodies.down,
      execution: { units: down.statements, transaction: down.useTx ? 'wrapped' : 'none' },
      ...(bodies.downAbsent && { absent: true as const }),
    },
  ];
  return { ok: true, sections };
}

/** Where the up and down sections of a file goose accepted lie (its Up comes first, at most one Down follows). */
function sectionBodies(text: string): { up: TextRange; down: TextRange; downAbsent?: boolean } {
  let upStart = 0;
  let downLine: { start: number; stop: number } | undefined;
  for (const line of scanLines(text)) {
    const found = readAnnotation(line.text);
    if (found.kind !== 'annotation') continue;
    if (found.annotation === 'Up') upStart = Math.min(line.stop + 1, text.length);
    if (found.annotation === 'Down') {
      downLine = line;
      break;
    }
  }
  if (downLine === undefined) return { up: { start: upStart, end: text.length }, down: { start: text.length, end: text.length }, downAbsent: true };
  return { up: { start: upStart, end: downLine.start }, down: { start: Math.min(downLine.stop + 1, text.length), end: text.length } };
}
