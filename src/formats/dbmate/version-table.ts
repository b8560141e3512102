import type { Client } from 'pg';
import type { DeployedState, StepTarget, VersionTable } from '../format';

/**
 * The migrations-table setting as dbmate reads it (pkg/driver/postgres/postgres.go,
 * quotedMigrationsTableNameParts): split on `.`; with more than one part the first is the schema
 * and the rest the table (each part quoted on its own); otherwise the schema is the current one.
 */
export function splitTableName(table: string): { schema?: string; nameParts: string[] } {
  const parts = table.split('.');
  if (parts.length > 1 && parts[0] !== '') return { schema: parts[0], nameParts: parts.slice(1) };
  return { nameParts: parts.length > 1 ? parts.slice(1) : parts };
}

function quoteParts(client: Client, parts: string[]): string {
  return parts.map((p) => client.escapeIdentifier(p)).join('.');
}

/** dbmate writes the version as the file name spells it; StepTarget carries the text once the engine passes it. */
function versionTextOf(step: StepTarget): string {
  const text = (step as StepTarget & { versionText?: unknown }).versionText;
  return typeof text === 'string' ? text : step.version.toString();
}

/**
 * dbmate's bookkeeping (pkg/driver/postgres/postgres.go), statement for statement as dbmate 2.36
 * sends them (seen in the server log): one row per applied version in
 * `<schema>.<table> (version varchar primary key)`, created if missing, its schema created when the
 * first attempt fails with 3F000; `insert` in the up's transaction, `delete` in the down's. Nothing
 * happens before a section: a failed section leaves no row behind (or, with transaction:false, its
 * statements applied and no row).
 */
export class DbmateVersionTable implements VersionTable {
  private qualified = '';
  /** Version texts this table wrote, so that force() keeps their spelling. */
  private readonly written = new Map<bigint, string>();

  constructor(
    private readonly client: Client,
    private readonly table: string,
  ) {}

  get qualifiedName(): string {
    return this.qualified;
  }

  async ensure(): Promise<void> {
    const { schema: named, nameParts } = splitTableName(this.table);
    let schema = named;
    if (schema === undefined) {
      const { rows } = await this.client.query<{ schema: string | null }>('select current_schema() AS schema');
      schema = rows[0]?.schema || 'public';
    }
    const quotedSchema = this.client.escapeIdentifier(schema);
    this.qualified = `${quotedSchema}.${quoteParts(this.client, nameParts)}`;
    const create = `create table if not exists ${this.qualified} (version varchar primary key)`;
    try {
      await this.client.query(create);
    } catch (error) {
      // dbmate creates the schema only after the table failed for want of it (it may lack the right to create schemas).
      if ((error as { code?: string }).code !== '3F000') throw error;
      await this.client.query(`create schema if not exists ${quotedSchema}`);
      await this.client.query(create);
    }
  }

  async beforeSection(): Promise<void> {
    // dbmate writes nothing before a section runs.
  }

  async record(step: StepTarget): Promise<void> {
    const text = versionTextOf(step);
    if (step.direction === 'up') {
      await this.client.query(`insert into ${this.qualified} (version) values ($1)`, [text]);
      this.written.set(step.version, text);
    } else {
      await this.client.query(`delete from ${this.qualified} where version = $1`, [text]);
      this.written.delete(step.version);
    }
  }

  /**
   * After a failure, as a person would fix it by hand: rows for exactly `applied`. Rows already there
   * keep their text (zero-padding included); missing ones are written as recorded before, or plainly.
   */
  async force(applied: bigint[]): Promise<void> {
    const wanted = new Set(applied);
    const { rows } = await this.client.query<{ version: string }>(`select version from ${this.qualified}`);
    const kept = new Set<bigint>();
    const stale: string[] = [];
    for (const { version } of rows) {
      const value = /^[0-9]+$/.test(version) ? BigInt(version) : undefined;
      if (value !== undefined && wanted.has(value) && !kept.has(value)) kept.add(value);
      else stale.push(version);
    }
    const missing = applied.filter((v) => !kept.has(v)).map((v) => this.written.get(v) ?? v.toString());
    await this.client.query('BEGIN');
    try {
      if (stale.length) await this.client.query(`delete from ${this.qualified} where version = ANY($1::text[])`, [stale]);
      if (missing.length) await this.client.query(`insert into ${this.qualified} (version) select unnest($1::text[])`, [missing]);
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK').catch(() => undefined);
      throw error;
    }
  }
}

/**
 * Every version a deployed database's dbmate table lists (dbmate reads it as `select version from
 * <table> order by version desc`). Versions are strings there; rows that are not digits cannot come
 * from dbmate and are left out. The newest is the highest number.
 */
export async function readDbmateVersions(client: Client, table: string): Promise<DeployedState> {
  const { schema, nameParts } = splitTableName(table);
  const name = schema === undefined ? quoteParts(client, nameParts) : `${client.escapeIdentifier(schema)}.${quoteParts(client, nameParts)}`;
  const { rows } = await client.query<{ version: string }>(`select version from ${name}`);
  const applied = [
    ...new Set(
      rows
        .map((r) => r.version)
        .filter((v) => /^[0-9]+$/.test(v))
        .map((v) => BigInt(v)),
    ),
  ].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { version: applied.at(-1), applied, dirty: false };
}
