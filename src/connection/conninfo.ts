import { ConnectionError } from './errors';
import { KEYWORDS, OTHER_LIBPQ_KEYWORDS, type Keywords } from './keywords';

/** libpq conninfo: `key = value` pairs; a value is single-quoted (\' and \\ inside) or runs to the next space (backslash escapes). */
export function fromKeywords(text: string, input: string): Keywords {
  const out: Keywords = {};
  let i = 0;
  const n = text.length;
  const space = (c: string | undefined) => c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f' || c === '\v';
  while (i < n) {
    while (i < n && space(text[i])) i++;
    if (i >= n) break;
    const keyStart = i;
    while (i < n && text[i] !== '=' && !space(text[i])) i++;
    const key = text.slice(keyStart, i);
    while (i < n && space(text[i])) i++;
    // Never quote the text: a misplaced space can turn part of a password into a "key".
    if (text[i] !== '=')
      throw new ConnectionError(`${input}: word ${Object.keys(out).length + 1} has no "=" (expected a postgres:// URL or key=value pairs)`);
    i++;
    while (i < n && space(text[i])) i++;
    let value = '';
    if (text[i] === "'") {
      i++;
      let closed = false;
      while (i < n) {
        const c = text[i];
        if (c === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        if (c === "'") {
          closed = true;
          i++;
          break;
        }
        value += c;
        i++;
      }
      if (!closed) throw new ConnectionError(`${input}: unterminated quoted value for "${key}"`);
    } else {
      while (i < n && !space(text[i])) {
        if (text[i] === '\\' && i + 1 < n) {
          value += text[i + 1];
          i += 2;
          continue;
        }
        value += text[i];
        i++;
      }
    }
    if (!KEYWORDS.has(key)) {
      const which = OTHER_LIBPQ_KEYWORDS.has(key)
        ? `the libpq option "${key}" is not supported`
        : `word ${Object.keys(out).length + 1} is not a libpq connection option`;
      throw new ConnectionError(`${input}: ${which} (supported: ${[...KEYWORDS].join(', ')})`);
    }
    out[key] = value;
  }
  if (Object.keys(out).length === 0) throw new ConnectionError(`${input} is empty: give a postgres:// URL or key=value pairs`);
  return out;
}
