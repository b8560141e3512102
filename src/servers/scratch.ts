import { randomBytes } from 'node:crypto';
import { Client, type ClientConfig } from 'pg';
import { sessionEnded } from './errors';
import { InfrastructureError, type PostgresServer } from './provider';

/**
 * Every migration runs in a database created for this run and dropped after
 * it, on every provider. That is what makes `url` safe: nothing else on the
 * server is written. The admin connection stays on the server's maintenance
 * database and only ever runs CREATE DATABASE and DROP DATABASE.
 */
export class ScratchDatabases {
  private admin?: Client;
  private serverVersionNum = 0;
  private readonly live = new Set<string>();

  constructor(private readonly server: PostgresServer) {}

  async connect(): Promise<string> {
    await this.openAdmin();
    const { rows } = await this.admin!.query("SELECT current_setting('server_version_num')::int AS num, current_setting('server_version') AS version");
    this.serverVersionNum = rows[0].num;
    return rows[0].version as string;
  }

  private async openAdmin(): Promise<void> {
    const admin = new Client(this.server.connection);
    admin.on('error', () => undefined); // reported through the next query instead
    try {
      await admin.connect();
    } catch (error) {
      throw new InfrastructureError(`cannot connect to ${this.server.description}: ${(error as Error).message}`);
    }
    this.admin = admin;
  }

  /** A migration may terminate every other backend, ours included: reconnect once, then give up. */
  private async query(sql: string, params?: unknown[]): Promise<void> {
    try {
      await this.admin!.query(sql, params);
    } catch (error) {
      if (!sessionEnded(error)) throw error;
      await this.admin!.end().catch(() => undefined);
      await this.openAdmin();
      await this.admin!.query(sql, params);
    }
  }

  get versionNum(): number {
    return this.serverVersionNum;
  }

  async create(): Promise<{ name: string; config: ClientConfig }> {
    const name = `migration_guard_${process.pid}_${randomBytes(4).toString('hex')}`;
    try {
      await this.query(`CREATE DATABASE ${quoteIdent(name)}`);
    } catch (error) {
      const e = error as { code?: string; message: string };
      if (e.code === '42501') {
        throw new InfrastructureError(`the role used cannot create databases (${e.message}); migration-guard needs CREATEDB to make a scratch database and never migrates an existing one`);
      }
      throw new InfrastructureError(`could not create a scratch database: ${e.message}`);
    }
    this.live.add(name);
    return { name, config: { ...this.server.connection, database: name } };
  }

  async drop(name: string): Promise<void> {
    if (!this.live.has(name)) return;
    if (this.serverVersionNum >= 130000) {
      await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } else {
      await this.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [name]);
      await this.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
    this.live.delete(name);
  }

  /**
   * Interrupts another session from the admin connection, as golang-migrate's
   * x-statement-timeout does through a cancel request: cancel first, terminate
   * when the statement ignores the cancel (e.g. it catches query_canceled).
   */
  async interrupt(pid: number, how: 'cancel' | 'terminate'): Promise<void> {
    await this.query(`SELECT ${how === 'cancel' ? 'pg_cancel_backend' : 'pg_terminate_backend'}($1)`, [pid]).catch(() => undefined);
  }

  /** Drops whatever is left and closes the admin connection. */
  async close(): Promise<void> {
    for (const name of [...this.live]) await this.drop(name).catch(() => undefined);
    await this.admin?.end().catch(() => undefined);
    this.admin = undefined;
  }
}

export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
