import { readFileSync } from 'node:fs';
import type { ClientConfig } from 'pg';
import { ConnectionError } from './errors';
import type { Keywords } from './keywords';

/** libpq's sslmode values. */
export const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full'] as const;

/**
 * libpq's meaning of each mode: disable and allow connect in plain text
 * (allow would only upgrade when the server insists), prefer and require
 * encrypt without verifying, verify-ca checks the chain, verify-full also the
 * host name. Without an explicit sslmode libpq's default (prefer) cannot be
 * had with node-pg, which cannot fall back: we connect in plain text, as before.
 */
export function sslConfig(mode: string, v: Keywords, input: string): ClientConfig['ssl'] {
  if (mode === 'disable' || mode === 'allow' || (mode === 'prefer' && !v.sslmode)) return false;
  const read = (file: string | undefined, what: string) => {
    if (!file) return undefined;
    try {
      return readFileSync(file, 'utf8');
    } catch (error) {
      throw new ConnectionError(`${input}: cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  };
  const files = { ca: read(v.sslrootcert, 'sslrootcert'), cert: read(v.sslcert, 'sslcert'), key: read(v.sslkey, 'sslkey') };
  const defined = Object.fromEntries(Object.entries(files).filter(([, x]) => x !== undefined));
  if (mode === 'prefer' || mode === 'require') {
    // libpq: with a root certificate, require verifies the chain as verify-ca does.
    return files.ca ? { ...defined, checkServerIdentity: () => undefined } : { ...defined, rejectUnauthorized: false };
  }
  if (mode === 'verify-ca') return { ...defined, checkServerIdentity: () => undefined };
  return { ...defined, rejectUnauthorized: true };
}
