import type { Client } from 'pg';
import { quoteIdent } from './scratch';

/** golang-migrate's NilVersion: no migration applied. */
export const NIL_VERSION = -1n;

/**
 * golang-migrate's bookkeeping, statement for statement (database/postgres):
 * the table is created if missing in the schema current at connect time, and
 * every version change is TRUNCATE (here DELETE, see setVersion) + INSERT in one transaction. Before a file
 * runs its target version is written dirty, after it succeeds clean. Real
 * migrations read and alter this table, so it must behave exactly alike.
 */
export class Bookkeeping {
  private qualified = '';

  constructor(private readonly client: Client, private readonly table: string) {}

  /** `"schema"."table"`, known once ensureTable() ran. */
  get qualifiedName(): string {
    return this.qualified;
  }

  async ensureTable(): Promise<void> {
    const { rows } = await this.client.query('SELECT current_schema() AS schema');
    const schema = rows[0].schema as string;
    this.qualified = `${quoteIdent(schema)}.${quoteIdent(this.table)}`;
    const exists = await this.client.query(
      'SELECT COUNT(1) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2 LIMIT 1', [schema, this.table]);
    if (Number(exists.rows[0].n) === 1) return;
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${this.qualified} (version bigint not null primary key, dirty boolean not null)`);
  }

  /**
   * `version` may be NIL_VERSION (-1): golang-migrate then writes a row only while dirty.
   * One round trip (a multi-statement simple query), since this runs twice per step; DELETE where
   * golang-migrate says TRUNCATE: the same rows in the same transactions for every file that reads
   * the table, without TRUNCATE's new relation file on each write (2 ms each, most of a step's overhead).
   */
  async setVersion(version: bigint, dirty: boolean): Promise<void> {
    const insert = version >= 0n || (version === NIL_VERSION && dirty)
      ? ` INSERT INTO ${this.qualified} (version, dirty) VALUES (${version.toString()}, ${dirty});` : '';
    try {
      await this.client.query(`BEGIN; DELETE FROM ${this.qualified};${insert} COMMIT;`);
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}
