import { Client } from 'pg';
import { Bookkeeping } from '../postgres/bookkeeping';
import type { ScratchDatabases } from '../postgres/scratch';
import { takeSnapshot, type Snapshot } from '../postgres/snapshot';

/**
 * One scratch database and the single connection golang-migrate would use for
 * a whole `migrate up` (session state such as SET search_path carries from
 * one file to the next, as it does in production).
 */
export class Session {
  private constructor(
    readonly client: Client,
    readonly bookkeeping: Bookkeeping,
    private readonly database: string,
    private readonly scratch: ScratchDatabases,
    private readonly options: { table: string; includeRoles: boolean },
  ) {}

  static async open(scratch: ScratchDatabases, options: { table: string; includeRoles: boolean }): Promise<Session> {
    const { name, config } = await scratch.create();
    const client = new Client(config);
    client.on('error', () => undefined); // a dropped connection surfaces as the next query's error
    await client.connect();
    const bookkeeping = new Bookkeeping(client, options.table);
    await bookkeeping.ensureTable();
    return new Session(client, bookkeeping, name, scratch, options);
  }

  snapshot(): Promise<Snapshot> {
    return takeSnapshot(this.client, { bookkeepingTable: this.bookkeeping.qualifiedName, includeRoles: this.options.includeRoles });
  }

  async close(): Promise<void> {
    await this.client.end().catch(() => undefined);
    await this.scratch.drop(this.database);
  }
}
