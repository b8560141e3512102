import type { Client } from 'pg';
import { sqlFile } from '../sql/files';

const isUndefinedFunction = (error: unknown) => (error as { code?: string }).code === '42883';

/**
 * Functions in the session's temporary schema (invisible to snapshots, gone with the session), each in its own .sql
 * file (CREATE OR REPLACE), installed together in one round trip when a session first needs them. A migration may
 * DISCARD TEMP (or ALL): a call that finds them gone installs them again and runs once more.
 */
export class TempFunctions {
  private readonly installed = new WeakSet<Client>();
  private sql: string | undefined;

  /** `files`: paths under src/ (see sqlFile). */
  constructor(private readonly files: readonly string[]) {}

  /** Installs the functions in this session (again, when it had them). */
  async install(client: Client): Promise<void> {
    this.sql ??= this.files.map(sqlFile).join('\n');
    await client.query(this.sql);
    this.installed.add(client);
  }

  /** Whether this session was given the functions (a migration may have dropped them since). */
  has(client: Client): boolean {
    return this.installed.has(client);
  }

  /** Runs a query that calls the functions, installing them first when this session does not have them (yet, or any more). */
  async run<T>(client: Client, query: () => Promise<T>, gone: (error: unknown) => boolean = isUndefinedFunction): Promise<T> {
    if (!this.installed.has(client)) await this.install(client);
    try {
      return await query();
    } catch (error) {
      if (!gone(error)) throw error;
      await this.install(client);
      return query();
    }
  }
}
