import { readFileSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Keywords } from './keywords';

/**
 * The password of the first matching .pgpass line (hostname:port:database:username:password, `*` matches
 * anything, `\:` and `\\` escape). As libpq, a file readable by group or others is ignored.
 */
export function passwordFromFile(v: Keywords, env: NodeJS.ProcessEnv): string | undefined {
  const home = env.HOME || os.homedir();
  const file = v.passfile ?? (home ? path.join(home, '.pgpass') : undefined);
  if (!file) return undefined;
  let text: string;
  try {
    const stat = statSync(file);
    if (!stat.isFile() || (stat.mode & 0o077) !== 0) return undefined;
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const host = v.hostaddr ?? v.host ?? 'localhost';
  const wanted = [host.startsWith('/') ? 'localhost' : host, v.port ?? '5432', v.dbname ?? v.user ?? env.USER ?? '', v.user ?? env.USER ?? ''];
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith('#')) continue;
    const fields = splitPassLine(line);
    if (fields.length < 5) continue;
    if (wanted.every((w, i) => fields[i] === '*' || fields[i] === w)) return fields.slice(4).join(':');
  }
  return undefined;
}

function splitPassLine(line: string): string[] {
  const fields: string[] = [];
  let current = '';
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '\\' && i + 1 < line.length) {
      current += line[++i];
      continue;
    }
    if (c === ':' && fields.length < 4) {
      fields.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  fields.push(current);
  return fields;
}
