import { sectionLine } from '../formats/migration-set';
import { displayName } from '../catalog/snapshot-diff';
import { defineCheck } from './check';
import { addedEnumLabels } from '../check-support/down-differences';

export const enumLabelKept = defineCheck({
  id: 'enum-label-kept',
  severity: 'warning',
  summary: 'The up adds a value to an existing enum, which no down can remove (PostgreSQL has no DROP VALUE).',
  needs: ['run'],
  run: ({ run }) =>
    run.traces
      // Whatever the down holds: no down can remove the value (a second up that then fails is reup-failed's, another fact).
      .filter((t) => (t.downDiff ?? []).some((d) => addedEnumLabels(d)))
      .flatMap((t) => {
        const kept = (t.downDiff ?? []).flatMap((d) => {
          const labels = addedEnumLabels(d);
          return labels ? [`${labels.join(', ')} of enum ${displayName(d.name)}`] : [];
        });
        const down = t.down.file;
        if (!down) return [];
        return [
          {
            check: 'enum-label-kept',
            severity: 'warning' as const,
            file: down.path,
            line: sectionLine(down),
            version: t.migration.versionText,
            message:
              `${down.name} cannot remove the enum value${kept.length > 1 || kept[0].includes(', ') ? 's' : ''} the up added: ` +
              `${kept.join('; ')} stay after the down, because PostgreSQL cannot drop a value from an enum`,
            hint:
              'Usually harmless: rows cannot use a value the application no longer writes. Keep ADD VALUE IF NOT EXISTS in the up so that it runs ' +
              'again after the down. To remove a value for real, the down must rebuild the type (see docs/checks/enum-label-kept.md).',
          },
        ];
      }),
});
