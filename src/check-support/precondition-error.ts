import type { EngineRun, MigrationTrace, StepResult } from '../engine/trace';
import { bodyText, type MigrationSet } from '../formats/migration-set';
import { consequencesOf } from './failure-consequences';
import { nameInSql } from '../sql/quote-name';

/** An object a migration needs that none of them creates: the platform (or a setup script) is expected to provide it. */
export interface Precondition {
  kind: 'role' | 'schema';
  /** As PostgreSQL names it in the error (case kept). */
  name: string;
}

/**
 * The role or schema a failed step needed, from PostgreSQL's own words: `role "anon" does not exist` (SQLSTATE 42704)
 * and `schema "auth" does not exist` (3F000). Extensions are missing-extension's (extension-error.ts).
 */
export function neededObjectOf(step: StepResult): Precondition | undefined {
  const e = step.error;
  if (step.status !== 'failed' || !e) return undefined;
  const role = e.code === '42704' ? /^role "((?:[^"]|"")+)" does not exist/.exec(e.message)?.[1] : undefined;
  if (role) return { kind: 'role', name: role };
  const schema = e.code === '3F000' ? /^schema "((?:[^"]|"")+)" does not exist/.exec(e.message)?.[1] : undefined;
  if (schema) return { kind: 'schema', name: schema };
  return undefined;
}

const IDENTIFIER = '("(?:[^"]|"")+"|[\\w$]+)';
const CREATES = {
  role: new RegExp(`\\bCREATE\\s+(?:ROLE|USER|GROUP)\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${IDENTIFIER}`, 'gi'),
  schema: new RegExp(`\\bCREATE\\s+SCHEMA\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?${IDENTIFIER}`, 'gi'),
};

/** Names as PostgreSQL reports them: unquoted ones folded to lower case, quoted ones as written. */
const folded = (name: string): string => (name.startsWith('"') ? name.slice(1, -1).replace(/""/g, '"') : name.toLowerCase());

/** The roles and schemas some migration of the set creates (in any file, in any direction: a later one may create it). */
export function createdBySet(set: MigrationSet): { role: Set<string>; schema: Set<string> } {
  const created = { role: new Set<string>(), schema: new Set<string>() };
  for (const file of set.files) {
    const text = bodyText(file);
    for (const kind of ['role', 'schema'] as const) for (const m of text.matchAll(CREATES[kind])) created[kind].add(folded(m[1]));
  }
  return created;
}

/**
 * The migrations whose up failed on its own because it needs a role or schema no migration creates (missing-precondition
 * reports them; up-failed and not-checked-after-failure leave them to it). A failure that follows from an earlier failed
 * up is that up's consequence, not a precondition.
 */
export function preconditionFailures(set: MigrationSet, run: EngineRun): Map<MigrationTrace, Precondition> {
  const found = new Map<MigrationTrace, Precondition>();
  const consequences = consequencesOf(run);
  let created: ReturnType<typeof createdBySet> | undefined;
  for (const t of run.traces) {
    const needed = neededObjectOf(t.up);
    if (!needed || !t.up.file || consequences.has(t.up)) continue;
    created ??= createdBySet(set);
    if (created[needed.kind].has(needed.name)) continue;
    found.set(t, needed);
  }
  return found;
}

/** The statement that provides a precondition, for setup-sql. */
export function provideStatement({ kind, name }: Precondition): string {
  const quoted = nameInSql(name);
  return kind === 'role' ? `CREATE ROLE ${quoted} NOLOGIN;` : `CREATE SCHEMA IF NOT EXISTS ${quoted};`;
}
