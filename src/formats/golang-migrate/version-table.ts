import type { Client } from 'pg';
import type { DeployedState, StepTarget, VersionTable } from '../format';

/** golang-migrate's NilVersion: no migration applied. */
export const NIL_VERSION = -1n;

/**
 * golang-migrate's bookkeeping, statement for statement (database/postgres):
 * the table is created if missing in the schema current at connect time, and
 * every version change is TRUNCATE (here DELETE, see write) + INSERT in one transaction. Before a file
 * runs its target version is written dirty, after it succeeds clean. Real
 * migrations read and alter this table, so it must behave exactly alike.
 */
export class GolangMigrateVersionTable implements VersionTable {
  private qualified = '';
  /** The version record() wrote dirty for the step announced as next (undefined: none, or written over since). */
  private writtenAhead?: bigint;

  constructor(
    private readonly client: Client,
    private readonly table: string,
  ) {}

  get qualifiedName(): string {
    return this.qualified;
  }

  async ensure(): Promise<void> {
    const { rows } = await this.client.query<{ schema: string }>('SELECT current_schema() AS schema');
    const schema = rows[0]?.schema ?? 'public';
    this.qualified = `${this.client.escapeIdentifier(schema)}.${this.client.escapeIdentifier(this.table)}`;
    const exists = await this.client.query<{ n: string }>(
      'SELECT COUNT(1) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = $2 LIMIT 1',
      [schema, this.table],
    );
    if (Number(exists.rows[0]?.n) === 1) return;
    await this.client.query(`CREATE TABLE IF NOT EXISTS ${this.qualified} (version bigint not null primary key, dirty boolean not null)`);
  }

  /** The version a step moves to: the migration's after an up, the one before it after a down. */
  private static target(step: StepTarget): bigint {
    return step.direction === 'up' ? step.version : step.previous;
  }

  beforeSection(step: StepTarget): Promise<void> {
    const version = GolangMigrateVersionTable.target(step);
    // record() already wrote it, in the round trip of the step before.
    if (this.writtenAhead === version) {
      this.writtenAhead = undefined;
      return Promise.resolve();
    }
    return this.write([[version, true]]);
  }

  async writeAhead(step: StepTarget): Promise<void> {
    const version = GolangMigrateVersionTable.target(step);
    if (this.writtenAhead === version) return;
    await this.write([[version, true]]);
    this.writtenAhead = version;
  }

  async record(step: StepTarget, next?: StepTarget): Promise<void> {
    this.writtenAhead = undefined;
    const ahead = next && GolangMigrateVersionTable.target(next);
    await this.write([[GolangMigrateVersionTable.target(step), false], ...(ahead === undefined ? [] : [[ahead, true] as const])]);
    this.writtenAhead = ahead;
  }

  /** `migrate force N`: the newest applied version, clean. */
  force(applied: bigint[]): Promise<void> {
    this.writtenAhead = undefined;
    return this.write([[applied.at(-1) ?? NIL_VERSION, false]]);
  }

  /**
   * Each [version, dirty] in its own transaction, in order, as golang-migrate's SetVersion; `version` may be
   * NIL_VERSION (-1): golang-migrate then writes a row only while dirty. One round trip (a multi-statement simple
   * query), since this runs twice per step; DELETE where golang-migrate says TRUNCATE: the same rows in the same
   * transactions for every file that reads the table, without TRUNCATE's new relation file on each write (2 ms each,
   * most of a step's overhead).
   */
  private async write(versions: (readonly [bigint, boolean])[]): Promise<void> {
    const sql = versions.map(([version, dirty]) => {
      const insert =
        version >= 0n || (version === NIL_VERSION && dirty)
          ? ` INSERT INTO ${this.qualified} (version, dirty) VALUES (${version.toString()}, ${dirty});`
          : '';
      return `BEGIN; DELETE FROM ${this.qualified};${insert} COMMIT;`;
    });
    try {
      await this.client.query(sql.join(' '));
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

/** golang-migrate's one row: the version (-1 is nil) and whether a file failed part-way. */
export async function readGolangMigrateVersion(client: Client, table: string): Promise<DeployedState> {
  const { rows } = await client.query<{ version: string; dirty: boolean }>(
    `SELECT version::text AS version, dirty FROM ${client.escapeIdentifier(table)} LIMIT 1`,
  );
  const row = rows.at(0);
  if (!row) return { dirty: false };
  return { version: row.version === '-1' ? undefined : BigInt(row.version), dirty: row.dirty };
}
