import { parse as parseUrl } from 'pg-connection-string';
import { ConnectionError } from './errors';
import { KEYWORDS, OTHER_LIBPQ_KEYWORDS, type Keywords } from './keywords';

/** A postgres:// URL as libpq keywords (pg-connection-string splits it); a parameter libpq does not know is refused. */
export function fromUrl(text: string, input: string): Keywords {
  // The TLS parameters are read here, so that pg-connection-string neither reads files nor applies its own sslmode meaning.
  const tls: Keywords = {};
  const rest = text
    .replace(/([?&])(sslmode|sslrootcert|sslcert|sslkey)=([^&#]*)&?/g, (_all, sep: string, key: string, value: string) => {
      tls[key] = safeDecode(value);
      return sep;
    })
    .replace(/[?&]$/, '');
  let parsed: ReturnType<typeof parseUrl>;
  try {
    parsed = parseUrl(rest);
  } catch {
    // The parser's message may quote the string, password included.
    throw new ConnectionError(`${input} is not a valid PostgreSQL URL`);
  }
  const out: Keywords = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (typeof value !== 'string' || value === '') continue;
    const keyword = key === 'database' ? 'dbname' : key;
    if (key === 'ssl' || key === 'client_encoding' || key === 'uselibpqcompat') continue;
    if (!KEYWORDS.has(keyword)) {
      const which = OTHER_LIBPQ_KEYWORDS.has(keyword)
        ? `the URL parameter '${key}' is not supported`
        : 'a URL parameter is not a libpq connection option';
      throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
    }
    out[keyword] = value;
  }
  return { ...out, ...tls };
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}
