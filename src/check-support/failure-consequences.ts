import type { EngineRun, MigrationTrace, StepResult } from '../engine/trace';
import { bodyText } from '../formats/migration-set';
import { splitStatements } from '../sql/text';
import { missingExtensionOf } from './extension-error';

/**
 * Which later failures are consequences of an earlier failed up, decided from what the run recorded.
 *
 * After a failed up the engine brings the database back to "every earlier up that succeeded applied", so
 * every later step runs without the objects the failed file would have made. The rule: a later step's
 * failure is a consequence when (1) an up failed before it, (2) PostgreSQL's error is about an object that
 * does not exist or already exists, and (3) it names an object a failed up creates, drops or renames; or,
 * after an up that failed because the server lacks an extension, any missing type or function (what an
 * extension provides is not known without it). Everything else is the later file's own error, reported as
 * usual: a typo, a table nobody creates, a type error. A consequence's failed up is not applied either, so
 * what it would have created counts too, and its consequences go back to the same first failure.
 */
export interface Consequence {
  trace: MigrationTrace;
  which: 'up' | 'down' | 'reup';
  /** The version whose failed up started the chain (reported on its own by up-failed or missing-extension). */
  cause: string;
  /** What the error named, as PostgreSQL spelled it, e.g. `relation "orders" does not exist`. */
  error: string;
}

/** PostgreSQL's "no such object" and "object already exists" conditions. */
const MISSING_OR_EXISTING = new Set([
  '42P01', // undefined_table
  '42703', // undefined_column
  '42704', // undefined_object (types, constraints, indexes, roles...)
  '42883', // undefined_function (functions and operators)
  '3F000', // invalid_schema_name
  '42701', // duplicate_column
  '42P07', // duplicate_table
  '42710', // duplicate_object
  '42723', // duplicate_function
  '42P06', // duplicate_schema
  '22P02', // invalid_text_representation: an enum label the failed file would have added
]);
/** Whether an error is about an object that does not exist or already exists (what an earlier failure can cause). */
export const aboutObjects = (code?: string): boolean => !!code && MISSING_OR_EXISTING.has(code);

/** What an extension provides: types, functions, operators. */
const FROM_AN_EXTENSION = new Set(['42704', '42883']);

const OBJECT_KIND =
  '(?:TABLE|VIEW|TYPE|DOMAIN|FUNCTION|PROCEDURE|SEQUENCE|SCHEMA|INDEX|EXTENSION|TRIGGER|AGGREGATE|ROLE|USER|GROUP|OPERATOR|COLLATION|POLICY|RULE|PUBLICATION|SERVER|FOREIGN TABLE|EVENT TRIGGER|CONVERSION|STATISTICS|TEXT SEARCH \\w+)';
/** A possibly schema-qualified name, captured whole; only its last part is kept. */
const NAME = '((?:"(?:[^"]|"")+"|[\\w$]+)(?:\\s*\\.\\s*(?:"(?:[^"]|"")+"|[\\w$]+)){0,2})';
const ADD_OR_DROP = new RegExp(`\\b(?:ADD|DROP)\\s+(?:COLUMN\\s+|CONSTRAINT\\s+)?(?:IF\\s+(?:NOT\\s+)?EXISTS\\s+)?${NAME}`, 'gi');
const NAME_PATTERNS = [
  // CREATE [OR REPLACE] [UNIQUE|TEMP|UNLOGGED|MATERIALIZED|...] <kind> [CONCURRENTLY] [IF NOT EXISTS] name
  new RegExp(
    `^CREATE\\s+(?:OR\\s+REPLACE\\s+)?(?:(?:GLOBAL|LOCAL|TEMP|TEMPORARY|UNLOGGED|UNIQUE|MATERIALIZED|RECURSIVE|TRUSTED|PROCEDURAL|CONSTRAINT)\\s+)*${OBJECT_KIND}\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+NOT\\s+EXISTS\\s+)?${NAME}`,
    'gi',
  ),
  new RegExp(`^DROP\\s+(?:MATERIALIZED\\s+)?${OBJECT_KIND}\\s+(?:CONCURRENTLY\\s+)?(?:IF\\s+EXISTS\\s+)?${NAME}`, 'gi'),
  ADD_OR_DROP,
  new RegExp(`\\bRENAME\\s+(?:COLUMN\\s+|CONSTRAINT\\s+)?(?:${NAME}\\s+)?TO\\s+${NAME}`, 'gi'),
  /\bADD\s+VALUE\s+(?:IF\s+NOT\s+EXISTS\s+)?'((?:[^']|'')+)'/gi,
];
/** Words the ADD/DROP pattern catches that are keywords, not names (only there: `CREATE SCHEMA identity` names one). */
const NOT_NAMES = new Set([
  'column',
  'constraint',
  'primary',
  'foreign',
  'unique',
  'check',
  'exclude',
  'value',
  'if',
  'to',
  'default',
  'not',
  'null',
  'identity',
  'expression',
]);

/** Lower-case unquoted names (and quoted ones as written) of everything a file creates, drops or renames. */
export function namesTouchedBy(sql: string): Set<string> {
  const names = new Set<string>();
  for (const statement of splitStatements(sql)) {
    for (const pattern of NAME_PATTERNS) {
      for (const match of statement.text.matchAll(pattern)) {
        for (const part of match.slice(1)) {
          // `CREATE INDEX ON t` has no name: the pattern takes ON for one.
          if (!part || part.toLowerCase() === 'on' || (pattern === ADD_OR_DROP && NOT_NAMES.has(part.toLowerCase()))) continue;
          names.add(normalise(part));
        }
      }
    }
  }
  return names;
}

/** The names an error message is about: quoted identifiers, a function's name, an operator's argument types. */
export function namesInError(message: string): string[] {
  const names = [...message.matchAll(/"((?:[^"\\]|\\.)+)"/g)].flatMap((m) => m[1].split('.'));
  const fn = /\bfunction ([\w$.]+)\(/.exec(message);
  if (fn) names.push(...fn[1].split('.'));
  const operator = /operator does not exist: (.+)$/.exec(message);
  if (operator) names.push(...(operator[1].match(/[A-Za-z_][\w$]*/g) ?? []));
  return names.map((n) => n.toLowerCase());
}

/** The last part of a qualified name, unquoted, lower-cased (errors are compared case-insensitively). */
function normalise(name: string): string {
  const last = /("(?:[^"]|"")+"|'(?:[^']|'')+'|[\w$]+)\s*$/.exec(name)?.[1] ?? name;
  const unquoted = /^["']/.test(last) ? last.slice(1, -1).replace(/""|''/g, (q) => q[0]) : last;
  return unquoted.toLowerCase();
}

/** Every failed step after a failed up that fails on what that up left undone, keyed by the step. */
export function consequencesOf(run: EngineRun): Map<StepResult, Consequence> {
  const found = new Map<StepResult, Consequence>();
  /** name -> the first failure behind the failed up that touches it */
  const untouched = new Map<string, string>();
  let missingExtension: string | undefined;
  for (const trace of run.traces) {
    for (const which of ['up', 'down', 'reup'] as const) {
      const step = trace[which];
      const error = step.error;
      if (step.status !== 'failed' || !error || error.timeout || !error.code || !MISSING_OR_EXISTING.has(error.code)) continue;
      const named = namesInError(error.message)
        .map((n) => untouched.get(n))
        .find((cause) => cause !== undefined);
      const cause = named ?? (missingExtension && FROM_AN_EXTENSION.has(error.code) ? missingExtension : undefined);
      if (cause) found.set(step, { trace, which, cause, error: error.message });
    }
    if (trace.up.status !== 'failed' || !trace.up.file) continue;
    // This up is not applied: what it would have made is missing for every later migration.
    const cause = found.get(trace.up)?.cause ?? trace.migration.versionText;
    for (const name of namesTouchedBy(bodyText(trace.up.file))) if (!untouched.has(name)) untouched.set(name, cause);
    if (missingExtensionOf(trace.up)) missingExtension ??= cause;
  }
  return found;
}
