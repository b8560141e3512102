import { randomBytes } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import { onCleanup } from '../cleanup';
import { sessionEnded } from './errors';
import { RUN_LOCK, removeLeftovers } from './leftovers';
import { rollbackPrepared } from './prepared-transactions';
import { InfrastructureError, type PostgresServer } from './provider';
import { SCRATCH_NAME_SQL, scratchName } from './scratch-names';

export interface ScratchOptions {
  /**
   * A server that is not ours (url): migrations run as a temporary role of this
   * run that owns the scratch database and nothing else, so PostgreSQL's own
   * permissions keep them inside it; leftovers of killed runs are removed first.
   */
  confine: boolean;
  log: (message: string) => void;
}

/** The temporary login role of a confined run. */
interface RunRole {
  name: string;
  password: string;
}

/** How long the admin connection waits for a server that is starting up or recovering after a crash. */
const RECOVERY_WAIT_MS = 30_000;

/** How long the admin connection waits for a lock (DROP ROLE, DROP DATABASE) before it says what it could not remove. */
const ADMIN_LOCK_TIMEOUT = '10s';

/** A confined run's role expires even if it outlives the run (its password only; trust authentication ignores it). */
const ROLE_VALID_HOURS = 24;

/**
 * Every migration runs in a database created for this run and dropped after
 * it, on every provider. The admin connection stays on the server's
 * maintenance database and only creates and drops databases (and, confined,
 * the run's role); it never runs a migration. Confined, the scratch database
 * and the role are dropped on every exit path, SIGINT and SIGTERM included.
 */
export class ScratchDatabases {
  private admin?: Client;
  private serverVersionNum = 0;
  private superuser = false;
  /** max_prepared_transactions > 0: a file may leave a prepared transaction, which must be rolled back before its database can go. */
  private preparedAllowed = false;
  private role?: RunRole;
  private readonly live = new Set<string>();
  /** dropSoon: the drops under way on a connection of their own, and that connection. */
  private dropping: Promise<void> = Promise.resolve();
  private dropper?: Client;
  private queued = 0;
  /** Databases another owner keeps (a state kept for the fix trials): copied here, never dropped here. */
  private readonly borrowed = new Set<string>();
  /** Confined: the ACL of every database and tablespace that is not a scratch database, as last read (sharedAclChanges). */
  private sharedAcls?: Map<string, string>;
  private unregister?: () => void;
  private readonly options: ScratchOptions;

  constructor(
    private readonly server: PostgresServer,
    options: Partial<ScratchOptions> = {},
  ) {
    this.options = { confine: false, log: () => undefined, ...options };
  }

  async connect(): Promise<string> {
    await this.openAdmin();
    const { rows } = await this.adminClient().query<{
      num: number;
      version: string;
      superuser: boolean;
      createdb: boolean;
      createrole: boolean;
      prepared: number;
    }>(
      `SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version,
              rolsuper AS superuser, rolcreatedb AS createdb, rolcreaterole AS createrole,
              current_setting('max_prepared_transactions')::int AS prepared FROM pg_roles WHERE rolname = current_user`,
    );
    this.serverVersionNum = rows[0].num;
    this.superuser = rows[0].superuser;
    this.preparedAllowed = rows[0].prepared > 0;
    if (this.options.confine)
      await this.confine(rows[0]).catch(async (error: unknown) => {
        await this.close(); // the caller never gets to close what failed to open
        throw error;
      });
    // A cluster started on a kept base state (base-cache.ts) holds what a run stopped by a signal after keeping it left.
    else if (this.server.baseState?.restored) await removeLeftovers(this.adminClient(), this.server.description, this.options.log);
    return rows[0].version;
  }

  /** Checks the URL role's rights, removes leftovers of killed runs and creates this run's role. */
  private async confine(rights: { createdb: boolean; createrole: boolean }): Promise<void> {
    // Both are needed before anything is created: say so once, naming every one missing.
    if (!this.superuser && !rights.createdb) {
      throw new InfrastructureError(
        'the role used cannot create databases (permission denied to create database); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one' +
          (rights.createrole ? '' : ', and CREATEROLE to create the temporary role the migrations run as'),
      );
    }
    // Registered before anything is created, so that a signal at any point removes what exists by then.
    this.unregister = onCleanup(`scratch databases and role on ${this.server.description}`, () => this.close());
    const rollback = this.preparedAllowed ? (name: string) => this.prepare(name, rollbackPrepared) : undefined;
    await removeLeftovers(this.adminClient(), this.server.description, this.options.log, rollback);
    await this.createRole();
    this.sharedAcls = await this.readSharedAcls();
  }

  private adminClient(): Client {
    if (!this.admin) throw new InfrastructureError(`the connection to ${this.server.description} is closed`);
    return this.admin;
  }

  /**
   * The admin connection, waiting out a server that is starting up or recovering (57P03): after a backend crashed (a
   * migration that ran the disk full may take one down), PostgreSQL restarts every session and is back in a moment.
   */
  private async openAdmin(): Promise<void> {
    const until = performance.now() + RECOVERY_WAIT_MS;
    for (;;) {
      try {
        await this.openAdminOnce();
        return;
      } catch (error) {
        if ((error as { cause?: { code?: string } }).cause?.code !== '57P03' || performance.now() >= until) throw error;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }

  private async openAdminOnce(): Promise<void> {
    let admin: Client | undefined;
    try {
      admin = await this.adminConnection();
      // Held while this run lives: another machine's run with the same pid is then never taken for a leftover.
      if (this.options.confine) await admin.query('SELECT pg_advisory_lock_shared($1, $2)', [RUN_LOCK, process.pid]);
    } catch (error) {
      await admin?.end().catch(() => undefined);
      throw new InfrastructureError(`cannot connect to ${this.server.description}: ${(error as Error).message}`, { cause: error });
    }
    this.admin = admin;
  }

  /** A migration may terminate every other backend, ours included: reconnect once, then give up. */
  private async query(sql: string, params?: unknown[]): Promise<void> {
    try {
      await this.adminClient().query(sql, params);
    } catch (error) {
      if (!sessionEnded(error)) throw error;
      await this.admin?.end().catch(() => undefined);
      await this.openAdmin();
      await this.adminClient().query(sql, params);
    }
  }

  /**
   * Confined: the databases and tablespaces outside the run whose ACL changed since the last call. The run's role owns
   * none of them, so a GRANT or REVOKE of it changes no privilege there, yet PostgreSQL still rewrites the row (a
   * missing ACL becomes the explicit default): a write on the server that the text of a file built in EXECUTE hides.
   */
  async sharedAclChanges(): Promise<string[]> {
    if (!this.sharedAcls) return [];
    const before = this.sharedAcls;
    const now = await this.readSharedAcls();
    this.sharedAcls = now;
    return [...now].filter(([name, acl]) => before.has(name) && before.get(name) !== acl).map(([name]) => name);
  }

  private async readSharedAcls(): Promise<Map<string, string>> {
    const { rows } = await this.adminClient().query<{ name: string; acl: string }>(
      `SELECT 'database ' || quote_ident(datname) AS name, coalesce(datacl::text, '') AS acl FROM pg_database WHERE datname !~ $1
       UNION ALL SELECT 'tablespace ' || quote_ident(spcname), coalesce(spcacl::text, '') FROM pg_tablespace ORDER BY 1`,
      [SCRATCH_NAME_SQL],
    );
    return new Map(rows.map((r) => [r.name, r.acl]));
  }

  get versionNum(): number {
    return this.serverVersionNum;
  }

  /**
   * The run's role: it can log in, owns the scratch databases, and may do
   * nothing on the server that PUBLIC may not (no superuser, CREATEROLE,
   * CREATEDB, replication, RLS bypass, or membership in any role).
   */
  private async createRole(): Promise<void> {
    const role = { name: scratchName(), password: randomBytes(24).toString('base64url') };
    const until = new Date(Date.now() + ROLE_VALID_HOURS * 3600_000).toISOString();
    // Known before it exists: a signal while CREATE ROLE runs drops it after it (IF EXISTS, on the same connection).
    this.role = role;
    try {
      // The password is base64url: no quote can end the literal.
      await this.query(
        `CREATE ROLE ${quoteIdent(role.name)} LOGIN PASSWORD '${role.password}' VALID UNTIL '${until}' ` +
          'NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS',
      );
    } catch (error) {
      this.role = undefined;
      const e = error as { code?: string; message: string };
      if (e.code === '42501') {
        throw new InfrastructureError(
          `the role of database-url cannot create roles (${e.message}): on a server given by URL, migration-guard runs migrations as a temporary role it creates ` +
            'and drops, so the role needs CREATEROLE as well as CREATEDB; or use the local, embedded or docker provider',
        );
      }
      throw new InfrastructureError(`could not create the temporary role for this run: ${e.message}`);
    }
    // Making a database owned by another role needs membership in it (not needed by a superuser); also lets us drop what it owns.
    if (!this.superuser) await this.query(`GRANT ${quoteIdent(role.name)} TO CURRENT_USER`);
  }

  /** A new scratch database: empty, or a copy of `template` (a scratch database of this run nobody is connected to: a checkpoint). */
  async create(template?: string): Promise<{ name: string; config: ClientConfig; role?: string }> {
    const name = scratchName();
    if (template && !this.live.has(template) && !this.borrowed.has(template))
      throw new Error(`internal error: ${template} is not a scratch database of this run`);
    // Registered before it exists: a signal while CREATE DATABASE runs drops it after it (IF EXISTS, on the same connection).
    this.live.add(name);
    try {
      const from = template ? ` TEMPLATE ${quoteIdent(template)}` : '';
      await this.query(`CREATE DATABASE ${quoteIdent(name)}${from}${this.role ? ` OWNER ${quoteIdent(this.role.name)}` : ''}`);
    } catch (error) {
      this.live.delete(name);
      const e = error as { code?: string; message: string };
      if (e.code === '42501') {
        throw new InfrastructureError(
          `the role used cannot create databases (${e.message}); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one`,
        );
      }
      throw new InfrastructureError(`could not create a scratch database: ${e.message}`);
    }
    const config: ClientConfig = { ...this.server.connection, database: name };
    if (!this.role) return { name, config };
    return { name, config: { ...config, user: this.role.name, password: this.role.password }, role: this.role.name };
  }

  /**
   * Runs `prepare` on a fresh scratch database as the admin role, before any
   * migration ran in it (afterwards, objects the run's role created could run
   * as the admin: this is never done then).
   */
  async prepare<T>(name: string, prepare: (admin: Client) => Promise<T>): Promise<T> {
    const client = new Client({ ...this.server.connection, database: name });
    client.on('error', () => undefined);
    await client.connect();
    try {
      await client.query('SET statement_timeout = 0'); // as the admin connection's: the role's limit is not ours
      return await prepare(client);
    } finally {
      await client.end().catch(() => undefined);
    }
  }

  /** A database the cluster started with (a kept base state, base-cache.ts) becomes a template of this run; dropped with the others. */
  adopt(name: string): void {
    this.live.add(name);
  }

  /** A database another owner keeps and drops (a kept state, engine/trial-start.ts), which this run may copy. */
  borrow(name: string): void {
    this.borrowed.add(name);
  }

  /** A scratch database nobody is connected to, left out of this run's cleanup: its new owner drops it (adopt). */
  handOver(name: string): void {
    if (!this.live.has(name)) throw new Error(`internal error: ${name} is not a scratch database of this run`);
    this.live.delete(name);
  }

  /** A scratch database nobody is connected to, renamed `as` and left out of the run's cleanup (the base state the cluster keeps). */
  async keep(name: string, as: string): Promise<void> {
    if (!this.live.has(name)) throw new Error(`internal error: ${name} is not a scratch database of this run`);
    await this.query(`ALTER DATABASE ${quoteIdent(name)} RENAME TO ${quoteIdent(as)}`);
    this.live.delete(name);
  }

  /**
   * Rolls back the prepared transactions a file left in scratch database `name` (PREPARE TRANSACTION): they would
   * outlive the run, block dropping the database and its role, and hold back vacuum on the whole server. Returns their
   * global ids, sorted; none on a server that does not allow them.
   */
  async rollbackPrepared(name: string): Promise<string[]> {
    if (!this.preparedAllowed || !this.live.has(name)) return [];
    // Asked on the admin connection first (pg_prepared_xacts shows every database's): a connection of its own only when needed.
    const { rows } = await this.adminClient().query<{ any: boolean }>('SELECT EXISTS (SELECT 1 FROM pg_prepared_xacts WHERE database = $1) AS any', [
      name,
    ]);
    return rows[0].any ? this.prepare(name, rollbackPrepared) : [];
  }

  async drop(name: string): Promise<void> {
    if (!this.live.has(name)) return;
    await this.rollbackPrepared(name).catch((error: unknown) => {
      if ((error as { code?: string }).code === '3D000') return; // a signal came while it was being created: nothing to roll back
      this.options.log(`warning: ${(error as Error).message}; dropping scratch database ${name} fails while it exists`);
    });
    if (this.serverVersionNum >= 130000) {
      await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } else {
      await this.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
    this.live.delete(name);
  }

  /**
   * A database nobody uses any more (a rebuild's old one), dropped on a connection of its own while the run goes on:
   * a DROP DATABASE of a real schema takes about a tenth of a second, off the run's path now; close() waits for it.
   * Where a drop needs more than the statement (prepared transactions, servers before 13, a confined run), it is done
   * here and now, as drop() does it.
   */
  async dropSoon(name: string): Promise<void> {
    if (!this.live.has(name)) return;
    if (this.preparedAllowed || this.serverVersionNum < 130000 || this.options.confine) return this.drop(name);
    this.live.delete(name);
    this.queued++;
    this.dropping = this.dropping.then(async () => {
      try {
        this.dropper ??= await this.adminConnection('migration-guard (cleanup)');
        await this.dropper.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      } catch {
        this.live.add(name); // close() tries again, on the admin connection, and says what it could not remove
      }
      // The connection lasts while drops are queued: one more per run would count against max_connections.
      if (--this.queued === 0) await this.endDropper();
    });
  }

  private async endDropper(): Promise<void> {
    const dropper = this.dropper;
    this.dropper = undefined;
    await dropper?.end().catch(() => undefined);
  }

  /** A connection to the maintenance database for our own work (the admin's, the background drops'), ended if it fails to open. */
  private async adminConnection(applicationName?: string): Promise<Client> {
    // query_timeout (client-side): a server that accepted the connection and then stopped answering cannot hang the run.
    const client = new Client({ query_timeout: 120_000, ...this.server.connection, ...(applicationName && { application_name: applicationName }) });
    client.on('error', () => undefined); // reported through the next query instead
    try {
      await client.connect();
      // What the admin drops may be locked by something a file left (a prepared transaction holds its role): fail, never hang.
      // statement_timeout 0: a role's statement_timeout on a supplied server would cut our own CREATE DATABASE short
      // on a busy server (the migrations' sessions clear it too, session.ts).
      await client.query(`SET lock_timeout = '${ADMIN_LOCK_TIMEOUT}'; SET statement_timeout = 0`);
      return client;
    } catch (error) {
      await client.end().catch(() => undefined);
      throw error;
    }
  }

  /**
   * Interrupts another session from the admin connection, as golang-migrate's
   * x-statement-timeout does through a cancel request: cancel first, terminate
   * when the statement ignores the cancel (e.g. it catches query_canceled).
   */
  async interrupt(pid: number, how: 'cancel' | 'terminate'): Promise<void> {
    await this.query(`SELECT ${how === 'cancel' ? 'pg_cancel_backend' : 'pg_terminate_backend'}($1)`, [pid]).catch(() => undefined);
  }

  /**
   * Drops whatever is left, then the run's role (it owns the databases, so
   * they go first; its memberships, settings and comments go with it), and
   * closes the admin connection. Safe to call twice.
   */
  async close(): Promise<void> {
    await this.dropping;
    await this.endDropper();
    for (const name of [...this.live]) await this.drop(name).catch(() => undefined);
    if (this.role) {
      const role = this.role.name;
      try {
        await this.query(`DROP ROLE IF EXISTS ${quoteIdent(role)}`);
        this.role = undefined;
      } catch (error) {
        this.options.log(
          `warning: could not drop the temporary role ${role}: ${(error as Error).message}; a later run removes it once nothing depends on it`,
        );
      }
    }
    await this.admin?.end().catch(() => undefined);
    this.admin = undefined;
    this.unregister?.();
    this.unregister = undefined;
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
