import { Client } from 'pg';
import type { MigrationFormat, VersionTable } from '../formats/format';
import type { ScratchDatabases } from '../servers/scratch';
import { InfrastructureError } from '../servers/provider';
import { CatalogTracker, installTracking } from '../catalog/catalog-tracker';
import type { SnapshotObject } from '../catalog/snapshot';
import { splitStatements } from '../sql/text';
import { errorMessage } from '../servers/errors';

/**
 * A role that exists already: roles are the server's, so an earlier scratch database of the run (or the server) made it;
 * 23505 when a parallel segment's session created it at the same moment (pg_authid's unique index).
 */
const ROLE_EXISTS = new Set(['42710', '23505']);
const CREATES_A_ROLE = /^\s*CREATE\s+(?:ROLE|USER|GROUP)\b/i;

/**
 * setup-sql on a new scratch database, statement by statement, as the run's role: `CREATE ROLE` of a role that exists is
 * skipped (roles are cluster-wide, and every scratch database of the run runs the file); any other failure ends the run
 * with the statement and PostgreSQL's words, since nothing after it would be checked as it should.
 */
export async function runSetupSql(client: Client, sql: string): Promise<void> {
  for (const statement of splitStatements(sql)) {
    const text = sql.slice(statement.start, statement.end);
    try {
      await client.query(text);
    } catch (error) {
      if (ROLE_EXISTS.has((error as { code?: string }).code ?? '') && CREATES_A_ROLE.test(text.replace(/^(?:\s|--[^\n]*\n)*/, ''))) continue;
      throw new InfrastructureError(
        `setup-sql failed at its line ${statement.line}: ${errorMessage(error)}; fix the file (roles: CREATE ROLE needs the CREATEROLE right on a supplied server)`,
      );
    }
  }
}

export interface SessionOptions {
  format: MigrationFormat;
  /** The version table's name (migrations-table, or the tool's default). */
  table: string;
  includeRoles: boolean;
  /** lock_timeout for the session, in milliseconds (0: none). */
  lockTimeoutMs: number;
  /** Read only what each step touched (event triggers) instead of the whole catalog; off: full snapshots. */
  trackChanges: boolean;
  /** setup-sql: run on each new empty scratch database before anything else (a checkpoint's copy has it already). */
  setupSql?: string;
}

/**
 * One scratch database and the single connection the tool would use for
 * a whole `migrate up` (session state such as SET search_path carries from
 * one file to the next, as it does in production).
 */
export class Session {
  private constructor(
    readonly client: Client,
    /** The backend's process id, for cancelling a file that runs past its time limit. */
    readonly pid: number,
    readonly versionTable: VersionTable,
    /** The tool whose rules the session follows. */
    readonly format: MigrationFormat,
    /** The catalog, kept current step by step; `catalog.update()` says what a step changed. */
    readonly catalog: CatalogTracker,
    private readonly database: string,
    private readonly scratch: ScratchDatabases,
  ) {}

  /**
   * A session on a new scratch database: empty, or a copy of the checkpoint database `from` (checkpoints.ts), whose
   * catalog, when the run saved it, the session's tracker starts from instead of reading it whole.
   */
  static async open(scratch: ScratchDatabases, options: SessionOptions, from?: string, catalog?: readonly SnapshotObject[]): Promise<Session> {
    const { name, config, role } = await scratch.create(from);
    // url: the migrations' role may not create event triggers; installed as the admin while the database is still empty
    // (a checkpoint's copy has it already).
    if (role && options.trackChanges && !from) await scratch.prepare(name, (admin) => installTracking(admin, role)).catch(() => false);
    const client = new Client(config);
    client.on('error', () => undefined); // a dropped connection surfaces as the next query's error
    await client.connect().catch((error: unknown) => {
      if (!role) throw error;
      throw new InfrastructureError(
        `the temporary role ${role} of this run could not log in to the scratch database (${(error as Error).message}): ` +
          'pg_hba.conf must let roles named migration_guard_* (or all roles) log in with a password over this connection',
      );
    });
    // lock_timeout is a server setting golang-migrate leaves to the database; a file may still change it, as in production.
    // statement_timeout 0: a role- or database-level statement_timeout on a supplied server must not cut files short;
    // migration-guard's own statement-timeout governs them (time-limit.ts).
    const { rows } = await client.query<{ pid: number }>(
      `SELECT pg_backend_pid() AS pid, set_config('lock_timeout', $1, false), set_config('statement_timeout', '0', false)`,
      [`${options.lockTimeoutMs}ms`],
    );
    if (options.setupSql && !from) await runSetupSql(client, options.setupSql);
    const versionTable = options.format.versionTable(client, options.table);
    await versionTable.ensure();
    const snapshotOptions = { bookkeepingTable: versionTable.qualifiedName, includeRoles: options.includeRoles };
    const tracker =
      from && catalog && options.trackChanges
        ? await CatalogTracker.resume(client, snapshotOptions, catalog)
        : await CatalogTracker.start(client, snapshotOptions, options.trackChanges);
    return new Session(client, rows[0].pid, versionTable, options.format, tracker, name, scratch);
  }

  /** Stops the file running on this session: cancel, then terminate if it does not stop. */
  interrupt(how: 'cancel' | 'terminate'): Promise<void> {
    return this.scratch.interrupt(this.pid, how);
  }

  /** Rolls back the prepared transactions a file left in this database (PREPARE TRANSACTION); their global ids. */
  rollbackPrepared(): Promise<string[]> {
    return this.scratch.rollbackPrepared(this.database);
  }

  /** Ends the connection; the database is dropped while the run goes on (ScratchDatabases.dropSoon). */
  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
    await this.scratch.dropSoon(this.database);
  }

  /** Ends the connection and keeps the database (dropped with the run's other scratch databases): it becomes a checkpoint. */
  async detach(): Promise<string> {
    await this.client.end();
    return this.database;
  }
}
