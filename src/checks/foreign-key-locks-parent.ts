import { defineCheck } from './check';
import { observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

/**
 * A foreign key from a new table still locks its existing parent (nothing to scan: the child is empty). One notice per parent
 * and file; silent once the file set lock_timeout before the statement (the fix this notice advises: a busy parent then
 * makes the deploy fail fast instead of queueing its writes).
 */
export const foreignKeyLocksParent = defineCheck<'run'>({
  id: 'foreign-key-locks-parent',
  severity: 'notice',
  summary: 'A foreign key from a new table takes SHARE ROW EXCLUSIVE on its existing parent: writes to the parent wait until the file commits.',
  needs: ['run'],
  run: ({ run }) => {
    const seen = new Set<string>();
    return observedStatements(run).flatMap((at) =>
      (at.statement.facts.foreignKeys ?? []).flatMap((fk) => {
        const key = `${at.file.path}\0${fk.parent.name}`;
        if (fk.child.existing || !fk.parent.existing || seen.has(key)) return [];
        if (at.observation.statements.slice(0, at.index + 1).some((s) => s.facts.setsLockTimeout)) return [];
        seen.add(key);
        const parent = shortName(fk.parent.name);
        return [
          statementFinding(
            'foreign-key-locks-parent',
            'notice',
            at,
            `the foreign key from new table ${shortName(fk.child.name)} to existing table ${parent} takes a SHARE ROW EXCLUSIVE lock on ${parent}: ` +
              `writes to ${parent} wait until the file commits (nothing is scanned: the new table is empty)`,
            'Usually harmless when the file is quick; keep slow statements out of this file, and set lock_timeout so a busy parent makes the deploy fail fast instead of queueing writes.',
            [fk.parent.name],
          ),
        ];
      }),
    );
  },
});
