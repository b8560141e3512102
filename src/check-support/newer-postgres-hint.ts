/**
 * Functions and syntax that a newer PostgreSQL major has: when a file fails on one of them, the
 * likely cause is the server's version, not the file. Each entry matches either PostgreSQL's error
 * message (a function that does not exist) or, for syntax errors, the statement that failed.
 */
interface Feature {
  since: number;
  what: string;
  error?: RegExp;
  statement?: RegExp;
}

const FEATURES: Feature[] = [
  { since: 18, what: 'uuidv7()', error: /^function uuidv7\(/ },
  { since: 18, what: 'uuidv4()', error: /^function uuidv4\(/ },
  { since: 18, what: 'virtual generated columns', statement: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*VIRTUAL\b/i },
  { since: 18, what: 'WITHOUT OVERLAPS constraints', statement: /\bWITHOUT\s+OVERLAPS\b/i },
  { since: 17, what: 'JSON_TABLE', statement: /\bJSON_TABLE\s*\(/i },
  { since: 17, what: 'JSON_QUERY, JSON_VALUE and JSON_EXISTS', statement: /\bJSON_(?:QUERY|VALUE|EXISTS)\s*\(/i },
  { since: 17, what: 'random(min, max)', error: /^function random\((?:integer|bigint|numeric), (?:integer|bigint|numeric)\) does not exist/ },
  { since: 17, what: 'ALTER COLUMN ... SET EXPRESSION', statement: /\bALTER\s+(?:COLUMN\s+)?\S+\s+SET\s+EXPRESSION\b/i },
  { since: 16, what: 'any_value()', error: /^function any_value\(/ },
  { since: 16, what: 'the IS JSON predicate', statement: /\bIS\s+(?:NOT\s+)?JSON\b/i },
  { since: 16, what: 'JSON_OBJECT and JSON_ARRAY', statement: /\bJSON_(?:OBJECT|ARRAY|OBJECTAGG|ARRAYAGG)\s*\(/i },
  { since: 15, what: 'MERGE', statement: /^\s*(?:WITH\b[\s\S]*\b)?MERGE\s+INTO\b/i },
  { since: 15, what: 'UNIQUE NULLS NOT DISTINCT', statement: /\bNULLS\s+(?:NOT\s+)?DISTINCT\b/i },
  { since: 15, what: 'security_invoker views', error: /^unrecognized parameter "security_invoker"/ },
  { since: 14, what: 'CREATE OR REPLACE TRIGGER', statement: /^\s*CREATE\s+OR\s+REPLACE\s+(?:CONSTRAINT\s+)?TRIGGER\b/i },
  { since: 14, what: 'range_agg()', error: /^function range_agg\(/ },
  { since: 14, what: 'string_to_table()', error: /^function string_to_table\(/ },
  { since: 14, what: 'date_bin()', error: /^function date_bin\(/ },
  { since: 14, what: 'column COMPRESSION', statement: /\bCOMPRESSION\s+(?:lz4|pglz)\b/i },
  { since: 13, what: 'gen_random_uuid() without pgcrypto', error: /^function gen_random_uuid\(\) does not exist/ },
  { since: 12, what: 'stored generated columns', statement: /\bGENERATED\s+ALWAYS\s+AS\s*\([\s\S]*\)\s*STORED\b/i },
];

/** Errors that a missing function or unknown syntax gives. */
const ERROR_CODES = new Set(['42601', '42883', '42704', '22023']);

/**
 * A hint naming the version that has what the statement used, when the server that ran it is older;
 * `reason` says why that server was used (the postgres-version input, or what was installed).
 */
export function newerPostgresHint(
  error: { message: string; code?: string },
  statement: string,
  serverVersion: string,
  reason?: string,
): string | undefined {
  const major = Number(/^\s*(?:PostgreSQL\s+)?(\d+)/.exec(serverVersion)?.[1]);
  if (!major || !error.code || !ERROR_CODES.has(error.code)) return undefined;
  const feature = FEATURES.find(
    (f) => f.since > major && ((f.error && f.error.test(error.message)) || (f.statement && error.code === '42601' && f.statement.test(statement))),
  );
  if (!feature) return undefined;
  const why = reason ? ` (${reason})` : '';
  return (
    `${feature.what} is new in PostgreSQL ${feature.since}, and this run used PostgreSQL ${major}${why}. ` +
    `If the databases you deploy to run ${feature.since} or later, choose that major with postgres-version (--postgres-version ${feature.since}).`
  );
}
