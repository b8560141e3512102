import type { LostRows, Rehearsal, RehearsalStep, RehearsedMigration } from './facts';
import { Client } from 'pg';
import { NO_VERSION, type MigrationFormat, type StepTarget } from '../formats/format';
import type { Migration, MigrationFile } from '../formats/migration-set';
import { applyStep, downStep, upStep } from '../engine/apply-step';
import { connectionOf } from './connect';
import { blocks, existingTables, fileNodes, rowFingerprints, tableStats, watchLocks, type TableInfo } from './observe';

const skippedStep = (reason: string): RehearsalStep => ({ status: 'skipped', ms: 0, reason, locks: [], tables: [] });

export interface RehearsalOptions {
  format: MigrationFormat;
  table: string;
  /** Versions the target already has, ascending. */
  applied: bigint[];
  pending: Migration[];
  thresholdMs: number;
  lockTimeoutMs: number;
}

/**
 * On a disposable copy of the target (already checked to be one): each pending migration up, down and up again, sent
 * as the tool sends it on one session, while a second session watches the locks it holds on existing tables, their
 * rewrites and row counts, and compares each existing table's rows before the up with after the down.
 * The copy is left at the final up (or where a failed up stopped).
 */
export async function rehearse(url: string, options: RehearsalOptions): Promise<Rehearsal> {
  const connection = connectionOf(url, 'rehearsal-database-url');
  const client = new Client({ ...connection.config, application_name: 'migration-guard (rehearsal)' });
  const monitor = new Client({ ...connection.config, application_name: 'migration-guard (rehearsal monitor)' });
  client.on('error', () => undefined);
  monitor.on('error', () => undefined);
  await client.connect();
  await monitor.connect();
  const rehearsal: Rehearsal = { where: connection.shown, migrations: [], leftAt: '', thresholdMs: options.thresholdMs };
  const applied = [...options.applied];
  try {
    const { rows } = await client.query<{ pid: number; role: string }>(
      `SELECT pg_backend_pid() AS pid, current_user AS role, set_config('lock_timeout', $1, false)`,
      [`${options.lockTimeoutMs}ms`],
    );
    const { pid, role } = rows[0];
    const versionTable = options.format.versionTable(client, options.table);
    await versionTable.ensure();
    const step = async (file: MigrationFile | undefined, target: StepTarget): Promise<RehearsalStep> => {
      const tables = await existingTables(monitor, options.table);
      const oids = tables.map((t) => t.oid);
      const before = await tableStats(monitor, oids);
      const nodes = await fileNodes(monitor, oids);
      const started = performance.now();
      const { result, locks } = await watchLocks(monitor, pid, tables, () =>
        applyStep({ client, versionTable, format: options.format }, file, target),
      );
      const ms = performance.now() - started;
      await client.query('SELECT pg_stat_force_next_flush()').catch(() => undefined); // PostgreSQL 15+: the step's row counts now
      const after = await tableStats(monitor, oids);
      const nodesAfter = await fileNodes(monitor, oids);
      return {
        status: result.status === 'ok' ? 'ok' : 'failed',
        ms,
        file,
        error: result.error,
        locks: locks.map((l) => ({ ...l, blocks: blocks(l.mode) })),
        tables: changedTables(tables, before, after, nodes, nodesAfter),
      };
    };

    for (const m of options.pending) {
      const previous = applied.at(-1) ?? NO_VERSION;
      const r: RehearsedMigration = {
        migration: m,
        up: skippedStep('not run'),
        down: skippedStep('not run'),
        reup: skippedStep('not run'),
        lostRows: [],
      };
      rehearsal.migrations.push(r);
      const up = upStep(m);
      const tables = await existingTables(monitor, options.table);
      const rowsBefore = await rowFingerprints(monitor, tables);
      r.up = await step(m.up, up);
      const denied = deniedToTheCopysRole(r, role, 'up');
      if (denied) {
        rehearsal.couldNotCheck = denied;
        rehearsal.leftAt = `left where ${m.versionText} up was denied to the copy's role`;
        return rehearsal;
      }
      if (r.up.status === 'failed') {
        rehearsal.leftAt = `left where ${m.versionText} up failed (${options.format.words.label} leaves it ${options.format.words.afterFailure})`;
        return rehearsal;
      }
      if (!m.down) {
        r.down = skippedStep('no down');
        r.reup = skippedStep('no down');
      } else {
        r.down = await step(m.down, downStep(m, previous));
        rehearsal.couldNotCheck = deniedToTheCopysRole(r, role, 'down');
        if (rehearsal.couldNotCheck) {
          rehearsal.leftAt = `left where ${m.versionText} down was denied to the copy's role`;
          return rehearsal;
        }
        if (r.down.status === 'failed') {
          r.reup = skippedStep('down failed');
          await versionTable.force([...applied, m.version]); // the up stays applied: record it as the tool's force would
        } else {
          r.lostRows = await lostRows(monitor, options.table, tables, rowsBefore);
          r.reup = await step(m.up, up);
          if (r.reup.status === 'failed') {
            rehearsal.leftAt = `left where ${m.versionText}'s second up failed`;
            return rehearsal;
          }
        }
      }
      applied.push(m.version);
    }
    const last = options.pending.at(-1);
    rehearsal.leftAt = last
      ? `left at ${last.versionText} (every pending migration applied up), ready for the preview environment`
      : 'unchanged: nothing was pending';
    return rehearsal;
  } finally {
    await client.end().catch(() => undefined);
    await monitor.end().catch(() => undefined);
  }
}

/**
 * A step the copy's role may not take (insufficient_privilege: not the tables' owner, no grant): the role of
 * rehearsal-database-url is not the one migrations run as in production, so this says nothing of the migration on real
 * rows. The step becomes skipped, and the reason makes the run incomplete (could not check) instead of a failure.
 */
function deniedToTheCopysRole(r: RehearsedMigration, role: string, direction: 'up' | 'down'): string | undefined {
  const step = r[direction];
  if (step.status !== 'failed' || step.error?.code !== '42501') return undefined;
  r[direction] = { ...step, status: 'skipped', reason: `denied to the copy's role ${role}` };
  return (
    `migration ${r.migration.versionText} ${direction} could not be rehearsed: the role of rehearsal-database-url (${role}) may not do what it asks ` +
    `(${step.error.message}, SQLSTATE 42501), which says nothing of the migration on real rows; connect the rehearsal as the role migrations run as ` +
    'in production (the owner of the tables)'
  );
}

async function lostRows(
  monitor: Client,
  versionTable: string,
  before: TableInfo[],
  rowsBefore: Map<string, { rows: number; hash: string }>,
): Promise<LostRows[]> {
  const nowThere = new Set((await existingTables(monitor, versionTable)).map((t) => t.name));
  const still = before.filter((t) => nowThere.has(t.name));
  const after = await rowFingerprints(monitor, still);
  const lost: LostRows[] = [];
  for (const t of before) {
    const b = rowsBefore.get(t.name);
    const a = after.get(t.name);
    if (!b || b.rows === 0) continue;
    if (!a) lost.push({ table: t.name, rowsBefore: b.rows, rowsAfter: 0 });
    else if (a.hash !== b.hash) lost.push({ table: t.name, rowsBefore: b.rows, rowsAfter: a.rows });
  }
  return lost;
}

function changedTables(
  tables: TableInfo[],
  before: Map<number, Stats>,
  after: Map<number, Stats>,
  nodes: Map<number, string>,
  nodesAfter: Map<number, string>,
) {
  const out: RehearsalStep['tables'] = [];
  for (const t of tables) {
    const b = before.get(t.oid);
    const a = after.get(t.oid);
    const delta = (k: keyof Stats) => (a && b ? Math.max(0, a[k] - b[k]) : 0);
    const rewritten = nodesAfter.has(t.oid) && nodes.get(t.oid) !== nodesAfter.get(t.oid) && nodesAfter.get(t.oid) !== '0';
    const row = {
      table: t.name,
      rewritten,
      bytes: t.bytes,
      inserted: delta('inserted'),
      updated: delta('updated'),
      deleted: delta('deleted'),
      seqScans: delta('seqScans'),
    };
    if (row.rewritten || row.inserted || row.updated || row.deleted) out.push(row);
  }
  return out;
}

type Stats = { inserted: number; updated: number; deleted: number; seqScans: number };
