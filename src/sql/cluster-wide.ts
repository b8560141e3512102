import { splitStatements } from './text';

/**
 * Statements whose effect reaches beyond the current database: roles,
 * tablespaces, other databases, server configuration, other sessions, the
 * server's file system. On a server given by URL these would change more
 * than the scratch database, so such files are not run there. This is a
 * guard against the obvious, not a sandbox: use a role without superuser.
 */
const CLUSTER_WIDE: [RegExp, string][] = [
  [/\b(CREATE|ALTER|DROP)\s+(ROLE|GROUP|TABLESPACE|DATABASE)\b/i, 'changes roles, tablespaces or databases'],
  [/\b(CREATE|ALTER|DROP)\s+USER\b(?!\s+MAPPING)/i, 'changes roles'],
  [/\bALTER\s+SYSTEM\b/i, 'changes the server configuration'],
  [/\bREASSIGN\s+OWNED\b/i, 'reassigns objects across the server'],
  [/\bCOMMENT\s+ON\s+(ROLE|DATABASE|TABLESPACE)\b/i, 'comments on server-wide objects'],
  [/\bGRANT\s+[\w\s,"]+\bTO\b[^;]*\bWITH\s+(ADMIN|INHERIT|SET)\b/i, 'changes role membership'],
  [/\bpg_(terminate|cancel)_backend\b|\bpg_reload_conf\b|\bpg_rotate_logfile\b/i, 'acts on other sessions or the server'],
  [/\bPROGRAM\s+'|\blo_(import|export)\b|\bpg_(read|write)_(binary_)?file\b/i, "touches the server's file system"],
];

/** Why this file would change the server beyond its database, or undefined. */
export function clusterWideReason(text: string): string | undefined {
  // Comments are dropped; string and $$ bodies are kept since DO blocks and EXECUTE run them.
  const code = splitStatements(text).map((s) => s.text).join('\n');
  for (const [pattern, why] of CLUSTER_WIDE) {
    const m = pattern.exec(code);
    if (m) return `${why} (\`${m[0].replace(/\s+/g, ' ')}\`)`;
  }
  return undefined;
}
