import { statementsOf } from './text';

/**
 * Statements whose effect reaches beyond the current database: roles,
 * tablespaces, other databases, server configuration, other sessions, the
 * server's file system. On a server given by URL such files are not run, with
 * a message that says why. This is only the early, friendlier message: text
 * cannot see a statement built inside EXECUTE. The boundary is the temporary
 * role every migration runs as there (servers/scratch.ts), which PostgreSQL
 * itself stops; `confinementHint` explains what it stopped.
 */
const CLUSTER_WIDE: [RegExp, string][] = [
  [/\b(CREATE|ALTER|DROP)\s+(ROLE|GROUP|TABLESPACE|DATABASE)\b/i, 'changes roles, tablespaces or databases'],
  [/\b(CREATE|ALTER|DROP)\s+USER\b(?!\s+MAPPING)/i, 'changes roles'],
  [/\bALTER\s+SYSTEM\b/i, 'changes the server configuration'],
  [/\bREASSIGN\s+OWNED\b/i, 'reassigns objects across the server'],
  [/\b(GRANT|REVOKE)\b[^;]*\bON\s+(DATABASE|TABLESPACE|PARAMETER)\b/i, 'changes privileges on server-wide objects'],
  [/\bCOMMENT\s+ON\s+(ROLE|DATABASE|TABLESPACE)\b/i, 'comments on server-wide objects'],
  [/\bGRANT\s+[\w\s,"]+\bTO\b[^;]*\bWITH\s+(ADMIN|INHERIT|SET)\b/i, 'changes role membership'],
  [/\bpg_(terminate|cancel)_backend\b|\bpg_reload_conf\b|\bpg_rotate_logfile\b/i, 'acts on other sessions or the server'],
  [/\bPROGRAM\s+(E?'|\$)|\blo_(import|export)\b|\bpg_(read|write)_(binary_)?file\b|\bpg_ls_dir\b/i, "touches the server's file system"],
  [/\bdblink(_\w+)?\s*\(\s*(E?'|\$)|\bpostgres_fdw\b/i, 'connects to other databases'],
];

/** The latest answers: a step and the observation pass ask about the same file several times, and lexing a large one takes seconds. */
const answered = new Map<string, string | undefined>();
const REMEMBERED = 8;

/** Why this file would change the server beyond its database, or undefined. */
export function clusterWideReason(text: string): string | undefined {
  if (answered.has(text)) return answered.get(text);
  const reason = reasonOf(text);
  if (answered.size >= REMEMBERED) answered.delete(answered.keys().next().value as string);
  answered.set(text, reason);
  return reason;
}

function reasonOf(text: string): string | undefined {
  // Comments are dropped; string and $$ bodies are kept since DO blocks and EXECUTE run them.
  const code = statementsOf(text)
    .map((s) => s.text)
    .join('\n');
  for (const [pattern, why] of CLUSTER_WIDE) {
    const m = pattern.exec(code);
    if (m) return `${why} (\`${m[0].replace(/\s+/g, ' ')}\`)`;
  }
  return undefined;
}

/** Error codes of what the temporary role of a url run may not do: insufficient privilege; dblink/fdw refusing a login without password. */
const DENIED_CODES = new Set(['42501', '2F003', '28000', '28P01']);

/**
 * For a file that failed on a server given by URL because the run's temporary
 * role may not do what it asked: why, and what to do instead.
 */
export function confinementHint(error: { code?: string; message: string }): string | undefined {
  if (!DENIED_CODES.has(error.code ?? '') && !/permission denied|must be (superuser|owner)|password is required/i.test(error.message))
    return undefined;
  return (
    'On a server given by database-url, migrations run as a temporary role of this run that owns only the scratch database ' +
    '(no superuser, CREATEROLE, CREATEDB or role membership), so PostgreSQL denies what would reach beyond it: roles, ALTER SYSTEM, ' +
    'untrusted extensions, server files and programs, other sessions and databases. Check this directory with the local, embedded ' +
    'or docker provider, whose throw-away server runs migrations as superuser.'
  );
}
