import { sectionLine } from '../formats/migration-set';
import { displayName } from '../catalog/snapshot-diff';
import { defineCheck } from './check';
import { keptExtension, reupFailsAlone } from '../check-support/down-differences';
import { objectLine } from '../check-support/object-line';

export const downKeepsExtension = defineCheck({
  id: 'down-keeps-extension',
  severity: 'warning',
  summary: 'The down leaves an extension the up created (often on purpose); the up must still run again after it.',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      // When the second up then fails, reup-failed reports it (an error: the roll-forward breaks) and names the cause.
      .filter((t) => (t.downDiff ?? []).some(keptExtension) && !reupFailsAlone(t))
      .flatMap((t) => {
        const kept = (t.downDiff ?? []).filter(keptExtension);
        const down = t.down.file;
        if (!down) return [];
        const names = kept.map((d) => displayName(d.name));
        const up = t.migration.up;
        const line = up && objectLine(up, kept[0]);
        return [
          {
            check: 'down-keeps-extension',
            severity: 'warning' as const,
            file: down.path,
            line: sectionLine(down),
            version: t.migration.versionText,
            message:
              `${down.name} leaves extension${names.length > 1 ? 's' : ''} ${names.join(', ')} installed` +
              `${up && line ? ` (created at ${up.name}:${line})` : ''}; everything else the up did is undone`,
            hint:
              'Many teams keep extensions on purpose: other migrations or other databases may use them. If that is the intent, nothing to do ' +
              `(keep IF NOT EXISTS in the up so that it runs again); if not, add DROP EXTENSION ${names.join(', ')} to the down file.`,
          },
        ];
      }),
});
