import { defineCheck } from './check';
import type { AlterCommand } from '../engine/observe/types';
import { howSeen, observedStatements, shortName, statementFinding } from '../check-support/observed-statements';

const HOW: Record<NonNullable<AlterCommand['constraint']>, string> = {
  'foreign key':
    'Add it with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later migration: validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.',
  check:
    'Add it with NOT VALID, then run ALTER TABLE ... VALIDATE CONSTRAINT in a later migration: validation takes SHARE UPDATE EXCLUSIVE, which lets reads and writes go on.',
  unique: 'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (in a file of its own), then ADD CONSTRAINT ... UNIQUE USING INDEX.',
  'primary key':
    'Build the index first with CREATE UNIQUE INDEX CONCURRENTLY (in a file of its own), then ADD CONSTRAINT ... PRIMARY KEY USING INDEX.',
  exclusion: 'There is no NOT VALID for EXCLUDE: add it in a maintenance window, or enforce the rule another way.',
};

/** A constraint checked against every row of an existing table while a lock blocks writes (or reads). */
export const validatingConstraint = defineCheck<'run'>({
  id: 'validating-constraint',
  severity: 'warning',
  summary: 'FOREIGN KEY, CHECK, SET NOT NULL, UNIQUE/PRIMARY KEY (not USING INDEX) or EXCLUDE added to an existing table, scanning it under lock.',
  needs: ['run'],
  run: ({ run }) =>
    observedStatements(run).flatMap((at) => {
      const { facts, scanned } = at.statement;
      const table = facts.table;
      if (facts.kind !== 'AlterTableStmt' || !table?.existing) return [];
      // Observed: only what PostgreSQL really scanned (SET NOT NULL backed by a valid IS NOT NULL check scans nothing).
      if (!scanned.some((s) => s.relation === table.name)) return [];
      const t = shortName(table.name);
      const checked = (facts.commands ?? []).flatMap((c) => {
        const setNotNull = c.subtype === 'AT_SetNotNull' && !c.columnIsNew;
        if (!setNotNull && (!c.constraint || c.notValid || c.usingIndex)) return [];
        const kind = (c.constraint ?? 'check').toUpperCase();
        const what = setNotNull
          ? `SET NOT NULL on ${t}.${c.column ?? '?'}`
          : `${kind} constraint ${c.constraintName ? `${c.constraintName} ` : ''}${c.subtype === 'AT_AddColumn' ? `of new column ${c.column ?? '?'} ` : ''}on ${t}`;
        const inline = c.subtype === 'AT_AddColumn';
        const hint = setNotNull
          ? 'Add CHECK (column IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration, then SET NOT NULL: PostgreSQL 12+ then skips the scan.'
          : inline
            ? `Add the column without the constraint first; then ${HOW[c.constraint ?? 'check'].replace(/^\w/, (w) => w.toLowerCase())}`
            : HOW[c.constraint ?? 'check'];
        const writesOnly = c.constraint === 'foreign key' && c.subtype === 'AT_AddConstraint';
        return [{ what, hint, writesOnly }];
      });
      if (!checked.length) return [];
      // One statement, one finding: three CHECKs in one ALTER are one scan-under-lock hazard naming the three.
      const whats = checked.map((c) => c.what);
      const named = whats.length === 1 ? `${whats[0]} is` : `${whats.slice(0, -1).join(', ')} and ${whats[whats.length - 1]} are`;
      return [
        statementFinding(
          'validating-constraint',
          'warning',
          at,
          `${named} checked against every row of existing table ${t} while the statement holds a lock that blocks ` +
            `${checked.every((c) => c.writesOnly) ? 'writes' : 'reads and writes'} (${howSeen(at.statement, at.observation)})`,
          [...new Set(checked.map((c) => c.hint))].join(' '),
          [table.name],
        ),
      ];
    }),
});
