import { defineCheck } from './check';
import { forceCommand } from '../check-support/force-command';

/** A dirty deployed database (golang-migrate's flag) refuses every command of the tool: the deploy would fail before running anything. */
export const targetDirty = defineCheck({
  id: 'target-dirty',
  severity: 'error',
  summary: 'The deployed database is marked dirty: a migration failed part-way there and the next deploy will refuse to run.',
  needs: ['deployed'],
  run: ({ set, deployed }) => {
    if (!deployed.dirty) return [];
    const version = deployed.version;
    const shown = version === undefined ? 'nil (-1)' : version.toString();
    const migration = version === undefined ? undefined : set.migrations.find((m) => m.version === version);
    const previous = version === undefined ? undefined : (set.migrations.filter((m) => m.version < version).at(-1)?.versionText ?? '-1');
    const table = deployed.schema?.table ?? set.format.defaultTable;
    // Commands take the version as a number (000006 -> 6).
    const force = (v: string) => forceCommand(set, set.migrations.find((m) => m.versionText === v)?.version.toString() ?? v, table);
    const message = `the target database ${deployed.where} is dirty at version ${shown}: a migration failed there part-way, and ${set.format.words.label} refuses to deploy ("Dirty database version ${shown}. Fix and force version.")`;
    const diagnosis = deployed.schema?.dirty;
    let hint = `Inspect what ${shown} left behind and repair it by hand, then record the real state with ${force(version === undefined ? '-1' : `${version}`)} if it completed${previous ? `, or \`force ${previous}\` if it did not` : ''}.`;
    let found = '';
    if (diagnosis?.matches === 'previous') {
      found = `; its schema matches ${diagnosis.previous ?? 'the state before the first migration'}: ${diagnosis.version} left no trace (its transaction rolled back)`;
      hint = `Run ${force(diagnosis.previous ?? '-1')}, then fix ${diagnosis.version} and deploy again.`;
    } else if (diagnosis?.matches === 'current') {
      found = `; its schema matches ${diagnosis.version}: the migration is fully applied`;
      hint = `Run ${force(diagnosis.version)}; nothing needs repairing.`;
    } else if (diagnosis) {
      const list = (items: { text: string }[]) =>
        items
          .slice(0, 4)
          .map((i) => i.text)
          .join('; ') + (items.length > 4 ? `; and ${items.length - 4} more` : '');
      found = `; its schema matches neither ${diagnosis.previous ?? 'the empty schema'} (${list(diagnosis.previousDiff)}) nor ${diagnosis.version} (${list(diagnosis.currentDiff)}): ${diagnosis.version} stopped half-way`;
      hint = `Finish or undo what ${diagnosis.version} did by hand (the differences above), then ${force(diagnosis.version)} or ${force(diagnosis.previous ?? '-1')} accordingly.`;
    }
    return [
      {
        check: 'target-dirty',
        severity: 'error',
        file: migration?.up?.path ?? migration?.down?.path,
        line: migration ? 1 : undefined,
        version: migration?.versionText,
        message: message + found,
        hint,
      },
    ];
  },
});
