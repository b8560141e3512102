import { Client } from 'pg';
import { TempFunctions } from '../temp-functions';

/** The longest one table's seeding may take (its triggers run with the rows): past it, the table is left unseeded. */
const SEED_STATEMENT_MS = 5_000;
/** After the statement_timeout, how long a call may go on (a trigger that catches the cancel) before its session is ended. */
const GRACE_MS = 2_000;

/** The helpers seeding calls on its own connection: candidate values tried against a type, and one table's rows inserted. */
const INSERTING = new TempFunctions(['mg-seed-values', 'mg-seed-insert'].map((f) => `engine/seed/sql/${f}.sql`));

/**
 * Seeding runs the migrations' own code (the tables' triggers, domain CHECKs, input functions), so it runs on a
 * connection of its own to the scratch database, never on the session the migrations use: a trigger that changes the
 * session's settings, sleeps or ends its session cannot touch the migrations' session, and what the seeded rows
 * leave is only the committed rows (mg-seed-insert.sql rolls back any object they create). One per scratch
 * database, opened when a table must first be seeded, closed when the run's session moves to another database.
 */
export class SeedConnection {
  private client?: Client;
  private database?: string;
  private broken = false;
  /** The seeding backend's process id, and the migrations' session, which can end it (same role). */
  private pid = 0;
  private main?: Client;
  /** When this migration's seeding must be over: the run's statement limit also covers migration-guard's work before an up. */
  private deadline = Infinity;

  constructor(private readonly statementMs: number) {}

  /** The seeding connection for the database `main` is on, with `main`'s search_path (type names are printed as it sees them). */
  async for(main: Client, searchPath: string): Promise<Client> {
    const key = `${main.host}\n${main.port}\n${main.database ?? ''}\n${main.user ?? ''}`;
    if (this.client && (this.database !== key || this.broken)) await this.close();
    if (!this.client) {
      const client = new Client({
        host: main.host,
        port: main.port,
        user: main.user,
        password: main.password,
        database: main.database,
        ssl: (main as unknown as { connectionParameters?: { ssl?: unknown } }).connectionParameters?.ssl as Client['ssl'],
        application_name: 'migration-guard (seeding)',
      });
      client.on('error', () => undefined); // a dropped connection surfaces as the next query's error
      await client.connect();
      this.client = client;
      this.database = key;
      this.broken = false;
      this.pid = (await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0].pid;
    }
    this.main = main;
    // Half the statement limit: the engine ends the migrations' session when the work before an up outlasts the limit.
    this.deadline = this.statementMs > 0 ? performance.now() + this.statementMs / 2 : Infinity;
    // What a trigger set on this session earlier goes; the limits and the migrations' search_path come back.
    await this.client.query('RESET ALL');
    const ms = `${this.limitMs()}ms`;
    await this.client.query(
      "SELECT set_config('search_path', $1, false), set_config('statement_timeout', $2, false), set_config('lock_timeout', $2, false)",
      [searchPath, ms],
    );
    return this.client;
  }

  /** The connection was lost: the next `for` opens a new one. */
  get isBroken(): boolean {
    return this.broken;
  }

  /**
   * Runs a query calling the seeding helpers, within the time left: a call that outlasts its statement_timeout (its
   * code catches the cancel) has its backend ended, from the migrations' session, which is idle meanwhile.
   */
  async run<T>(client: Client, query: () => Promise<T>): Promise<T> {
    const left = Math.min(this.limitMs() + GRACE_MS, this.deadline - performance.now());
    if (left <= 0) throw new Error('seeding ran out of time before this table');
    const pid = this.pid;
    const timer = setTimeout(() => {
      this.broken = true;
      void this.main?.query('SELECT pg_terminate_backend($1)', [pid]).catch(() => undefined);
    }, left);
    try {
      return await INSERTING.run(client, query);
    } finally {
      clearTimeout(timer);
    }
  }

  /** A query on the connection failed: a lost connection is replaced at the next `for`. */
  failed(error: unknown): void {
    if (isConnectionLost(error)) this.broken = true;
  }

  async close(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    this.database = undefined;
    await client?.end().catch(() => undefined);
  }

  private limitMs(): number {
    return this.statementMs > 0 ? Math.min(this.statementMs, SEED_STATEMENT_MS) : SEED_STATEMENT_MS;
  }
}

/** The connection is gone (terminated by a trigger, or by the server): nothing more can be sent on it. */
export function isConnectionLost(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  return /^(57P0|08)/.test(e.code ?? '') || /Connection terminated|not queryable|ECONNRESET/i.test(e.message ?? '');
}
