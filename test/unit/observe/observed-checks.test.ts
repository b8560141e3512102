import { describe, expect, it } from 'vitest';
import { blockingIndexBuild } from '../../../src/checks/blocking-index-build';
import { breakingRename } from '../../../src/checks/breaking-rename';
import { destructiveDrop } from '../../../src/checks/destructive-drop';
import { foreignKeyLocksParent } from '../../../src/checks/foreign-key-locks-parent';
import { lockHeldAcrossStatements } from '../../../src/checks/lock-held-across-statements';
import { missingLockTimeout } from '../../../src/checks/missing-lock-timeout';
import { tableRewrite } from '../../../src/checks/table-rewrite';
import { unbatchedBackfill } from '../../../src/checks/unbatched-backfill';
import { validatingConstraint } from '../../../src/checks/validating-constraint';
import type { ObservedStatement, SectionObservation, StatementFacts } from '../../../src/engine/observe/types';
import { engineRun, golangMigrate, messages, migrationSet, placed, runCheck } from '../../helpers/facts';

/** Fabricated observations: no PostgreSQL. `orders` and `customers` exist; `invoices` is new. */
const orders = { name: 'public.orders', existing: true, oid: 1 };
const customers = { name: 'public.customers', existing: true, oid: 2 };
const invoices = { name: 'invoices', existing: false };

function statement(line: number, facts: Partial<StatementFacts>, seen: Partial<ObservedStatement> = {}): ObservedStatement {
  return {
    line,
    column: 1,
    text: 'fabricated',
    facts: { kind: 'unknown', ddl: true, ...facts },
    observed: true,
    locks: [],
    rewritten: [],
    scanned: [],
    ...seen,
  };
}

const exclusive = (relation: { name: string; oid: number } = orders) => ({
  relation: relation.name,
  oid: relation.oid,
  mode: 'AccessExclusiveLock' as const,
  blocks: 'reads and writes' as const,
});
const share = { relation: orders.name, oid: 1, mode: 'ShareLock' as const, blocks: 'writes' as const };

/** A set of one migration 000002 whose up was observed as `statements`. */
function observed(statements: ObservedStatement[], mode: SectionObservation['mode'] = 'observed') {
  const set = migrationSet(golangMigrate, { '000002_change.up.sql': 'SELECT 1;\n', '000002_change.down.sql': 'SELECT 1;\n' });
  const run = engineRun(set, {
    '2': { observed: { mode, note: mode === 'static' ? 'not observed: line 1 cannot run inside a transaction block' : undefined, statements } },
  });
  return { set, run };
}

describe('blocking-index-build', () => {
  it('reports CREATE INDEX without CONCURRENTLY on an existing table, at its line', () => {
    const findings = runCheck(
      blockingIndexBuild,
      observed([statement(3, { kind: 'IndexStmt', table: orders, concurrent: false }, { locks: [share] })]),
    );
    expect(placed(findings)).toEqual(['blocking-index-build 000002_change.up.sql:3 warning']);
    expect(findings[0].relations).toEqual(['public.orders']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent with CONCURRENTLY, and on a new table', () => {
    expect(runCheck(blockingIndexBuild, observed([statement(1, { kind: 'IndexStmt', table: orders, concurrent: true })]))).toEqual([]);
    expect(runCheck(blockingIndexBuild, observed([statement(1, { kind: 'IndexStmt', table: invoices, concurrent: false })]))).toEqual([]);
  });
});

describe('table-rewrite', () => {
  it('names the table, the cause and the rebuilt indexes', () => {
    const findings = runCheck(
      tableRewrite,
      observed([
        statement(
          2,
          {
            kind: 'AlterTableStmt',
            table: orders,
            commands: [{ subtype: 'AT_AlterColumnType', column: 'total', rewriteCause: 'type change of column total to int8' }],
          },
          {
            rewritten: [
              { relation: 'public.orders', kind: 'table' },
              { relation: 'public.orders_pkey', kind: 'index' },
            ],
          },
        ),
      ]),
    );
    expect(placed(findings)).toEqual(['table-rewrite 000002_change.up.sql:2 warning']);
    expect(findings[0].message).toContain('type change of column total to int8');
    expect(findings[0].message).toContain('orders_pkey');
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent when only the file of a new table changed (nothing existing rewritten)', () => {
    expect(runCheck(tableRewrite, observed([statement(1, { kind: 'AlterTableStmt', table: invoices })]))).toEqual([]);
  });
});

describe('validating-constraint', () => {
  const fk = { subtype: 'AT_AddConstraint', constraint: 'foreign key' as const, notValid: false, references: customers };
  it('reports a foreign key that scanned an existing table', () => {
    const findings = runCheck(
      validatingConstraint,
      observed([statement(4, { kind: 'AlterTableStmt', table: orders, commands: [fk] }, { scanned: [{ relation: 'public.orders', scans: 1 }] })]),
    );
    expect(placed(findings)).toEqual(['validating-constraint 000002_change.up.sql:4 warning']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent with NOT VALID, and for SET NOT NULL that scanned nothing (backed by a valid IS NOT NULL check)', () => {
    expect(
      runCheck(validatingConstraint, observed([statement(1, { kind: 'AlterTableStmt', table: orders, commands: [{ ...fk, notValid: true }] })])),
    ).toEqual([]);
    expect(
      runCheck(
        validatingConstraint,
        observed([statement(1, { kind: 'AlterTableStmt', table: orders, commands: [{ subtype: 'AT_SetNotNull', column: 'total' }] })]),
      ),
    ).toEqual([]);
  });
  it('reports SET NOT NULL that scanned', () => {
    const findings = runCheck(
      validatingConstraint,
      observed([
        statement(
          1,
          { kind: 'AlterTableStmt', table: orders, commands: [{ subtype: 'AT_SetNotNull', column: 'total' }] },
          { scanned: [{ relation: 'public.orders', scans: 1 }] },
        ),
      ]),
    );
    expect(findings[0].message).toContain('SET NOT NULL on orders.total');
  });
  it('says three CHECKs of one ALTER once, naming the three; CHECKs in separate statements stay separate', () => {
    const check = (name: string) => ({ subtype: 'AT_AddConstraint', constraint: 'check' as const, constraintName: name });
    const scanned = { scanned: [{ relation: 'public.orders', scans: 3 }] };
    const one = runCheck(
      validatingConstraint,
      observed([statement(2, { kind: 'AlterTableStmt', table: orders, commands: [check('a_ok'), check('b_ok'), check('c_ok')] }, scanned)]),
    );
    expect(placed(one)).toEqual(['validating-constraint 000002_change.up.sql:2 warning']);
    expect(one[0].message).toContain(
      'CHECK constraint a_ok on orders, CHECK constraint b_ok on orders and CHECK constraint c_ok on orders are checked',
    );
    const two = runCheck(
      validatingConstraint,
      observed([
        statement(2, { kind: 'AlterTableStmt', table: orders, commands: [check('a_ok')] }, scanned),
        statement(3, { kind: 'AlterTableStmt', table: orders, commands: [check('b_ok')] }, scanned),
      ]),
    );
    expect(placed(two)).toEqual(['validating-constraint 000002_change.up.sql:2 warning', 'validating-constraint 000002_change.up.sql:3 warning']);
  });
});

describe('foreign-key-locks-parent', () => {
  it("says once per parent and file that a new table's foreign key locks its existing parent", () => {
    const findings = runCheck(
      foreignKeyLocksParent,
      observed([
        statement(2, {
          kind: 'CreateStmt',
          foreignKeys: [
            { child: invoices, parent: orders, notValid: false },
            { child: invoices, parent: orders, notValid: false },
          ],
        }),
      ]),
    );
    expect(placed(findings)).toEqual(['foreign-key-locks-parent 000002_change.up.sql:2 notice']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent when the parent is new too, or the child exists (that is a scan: validating-constraint)', () => {
    expect(
      runCheck(
        foreignKeyLocksParent,
        observed([statement(2, { kind: 'CreateStmt', foreignKeys: [{ child: invoices, parent: invoices, notValid: false }] })]),
      ),
    ).toEqual([]);
    expect(
      runCheck(
        foreignKeyLocksParent,
        observed([statement(2, { kind: 'AlterTableStmt', foreignKeys: [{ child: orders, parent: customers, notValid: false }] })]),
      ),
    ).toEqual([]);
  });
  it('stays silent once the file set lock_timeout before the statement (the advice followed)', () => {
    expect(
      runCheck(
        foreignKeyLocksParent,
        observed([
          statement(1, { kind: 'VariableSetStmt', setsLockTimeout: true, ddl: false }),
          statement(2, { kind: 'CreateStmt', foreignKeys: [{ child: invoices, parent: orders, notValid: false }] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('missing-lock-timeout', () => {
  it('reports the first blocking lock of a file once', () => {
    const findings = runCheck(
      missingLockTimeout,
      observed([statement(1, {}, { locks: [exclusive()] }), statement(2, {}, { locks: [exclusive(customers)] })]),
    );
    expect(placed(findings)).toEqual(['missing-lock-timeout 000002_change.up.sql:1 warning']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent when lock_timeout is set before, and for locks that block nothing (none recorded)', () => {
    expect(
      runCheck(
        missingLockTimeout,
        observed([statement(1, { kind: 'VariableSetStmt', setsLockTimeout: true, ddl: false }), statement(2, {}, { locks: [exclusive()] })]),
      ),
    ).toEqual([]);
    expect(runCheck(missingLockTimeout, observed([statement(1, {})]))).toEqual([]);
  });
});

describe('lock-held-across-statements', () => {
  it('reports a lock on one table held while a later statement rewrites another', () => {
    const findings = runCheck(
      lockHeldAcrossStatements,
      observed([
        statement(2, {}, { locks: [exclusive(customers)] }),
        statement(3, {}, { rewritten: [{ relation: 'public.orders', kind: 'table' }] }),
      ]),
    );
    expect(placed(findings)).toEqual(['lock-held-across-statements 000002_change.up.sql:2 warning']);
    expect(findings[0].relations).toEqual(['public.customers', 'public.orders']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent when the slow work is on the same table, or the section was not replayed in one transaction', () => {
    expect(
      runCheck(
        lockHeldAcrossStatements,
        observed([statement(2, {}, { locks: [exclusive()] }), statement(3, {}, { scanned: [{ relation: 'public.orders', scans: 1 }] })]),
      ),
    ).toEqual([]);
    expect(
      runCheck(
        lockHeldAcrossStatements,
        observed(
          [statement(2, {}, { locks: [exclusive(customers)] }), statement(3, {}, { rewritten: [{ relation: 'public.orders', kind: 'table' }] })],
          'static',
        ),
      ),
    ).toEqual([]);
  });
  it('stays silent when the later slow work is a statement any existing row breaks (it can only pass on an empty table)', () => {
    const notNull = { subtype: 'AT_AddColumn', column: 'region', needsValueForEveryRow: true };
    expect(
      runCheck(
        lockHeldAcrossStatements,
        observed([
          statement(2, {}, { locks: [exclusive(customers)] }),
          statement(3, { kind: 'AlterTableStmt', table: orders, commands: [notNull] }, { scanned: [{ relation: 'public.orders', scans: 1 }] }),
        ]),
      ),
    ).toEqual([]);
  });
});

describe('destructive-drop and breaking-rename', () => {
  it('report an existing table dropped and an existing column renamed', () => {
    const run = observed([
      statement(1, { kind: 'DropStmt', drops: [orders] }),
      statement(2, { kind: 'RenameStmt', table: customers, rename: { what: 'column', from: 'name', to: 'full_name' } }),
    ]);
    expect(placed(runCheck(destructiveDrop, run))).toEqual(['destructive-drop 000002_change.up.sql:1 warning']);
    expect(placed(runCheck(breakingRename, run))).toEqual(['breaking-rename 000002_change.up.sql:2 warning']);
    expect(messages([...runCheck(destructiveDrop, run), ...runCheck(breakingRename, run)])).toMatchSnapshot();
  });
  it('stay silent for a column added earlier in the same change, and for new tables', () => {
    const run = observed([
      statement(1, { kind: 'AlterTableStmt', table: orders, commands: [{ subtype: 'AT_DropColumn', column: 'note', columnIsNew: true }] }),
      statement(2, { kind: 'RenameStmt', table: invoices, rename: { what: 'table', from: 'invoices', to: 'bills' } }),
      statement(3, { kind: 'DropStmt', drops: [invoices] }),
    ]);
    expect(runCheck(destructiveDrop, run)).toEqual([]);
    expect(runCheck(breakingRename, run)).toEqual([]);
  });
});

describe('unbatched-backfill', () => {
  it('reports UPDATE of every row of an existing table in a transaction with DDL', () => {
    const findings = runCheck(
      unbatchedBackfill,
      observed([
        statement(2, { kind: 'AlterTableStmt', table: orders }),
        statement(3, { kind: 'UpdateStmt', table: orders, everyRow: true, ddl: false }),
      ]),
    );
    expect(placed(findings)).toEqual(['unbatched-backfill 000002_change.up.sql:3 warning']);
    expect(messages(findings)).toMatchSnapshot();
  });
  it('stays silent with a WHERE, without DDL, or on a new table', () => {
    expect(
      runCheck(
        unbatchedBackfill,
        observed([
          statement(2, { kind: 'AlterTableStmt', table: orders }),
          statement(3, { kind: 'UpdateStmt', table: orders, everyRow: false, ddl: false }),
        ]),
      ),
    ).toEqual([]);
    expect(runCheck(unbatchedBackfill, observed([statement(3, { kind: 'UpdateStmt', table: orders, everyRow: true, ddl: false })]))).toEqual([]);
    expect(
      runCheck(
        unbatchedBackfill,
        observed([
          statement(2, { kind: 'AlterTableStmt', table: invoices }),
          statement(3, { kind: 'DeleteStmt', table: invoices, everyRow: true, ddl: false }),
        ]),
      ),
    ).toEqual([]);
  });
});
