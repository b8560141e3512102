/**
 * SQL text as tokens, without whitespace and comments: two texts with equal
 * tokens differ only in layout. String literals, quoted identifiers and
 * dollar-quoted strings are single tokens kept verbatim (their spaces are
 * data). Undefined for text the lexer cannot close (an unterminated quote):
 * callers then compare the text itself.
 */
export function sqlTokens(text: string): string[] | undefined {
  const out: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i];
    const next = text.charAt(i + 1); // '' past the end
    if (/\s/.test(c)) {
      i++;
    } else if (c === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end < 0 ? n : end + 1;
    } else if (c === '/' && next === '*') {
      const end = blockCommentEnd(text, i);
      if (end < 0) return undefined;
      i = end;
    } else if (c === "'" || ((c === 'e' || c === 'E') && next === "'" && !isIdentChar(text[i - 1]))) {
      const start = i;
      const escapes = c !== "'";
      i = escapes ? i + 2 : i + 1;
      for (;;) {
        if (i >= n) return undefined;
        if (escapes && text[i] === '\\') i += 2;
        else if (text[i] === "'" && text[i + 1] === "'") i += 2;
        else if (text[i] === "'") break;
        else i++;
      }
      out.push(text.slice(start, ++i));
    } else if (c === '"') {
      const start = i++;
      for (;;) {
        if (i >= n) return undefined;
        if (text[i] === '"' && text[i + 1] === '"') i += 2;
        else if (text[i] === '"') break;
        else i++;
      }
      out.push(text.slice(start, ++i));
    } else if (c === '$' && DOLLAR_TAG.test(text.slice(i, i + 64))) {
      const tag = (DOLLAR_TAG.exec(text.slice(i, i + 64)) ?? [''])[0];
      const end = text.indexOf(tag, i + tag.length);
      if (end < 0) return undefined;
      out.push(text.slice(i, end + tag.length));
      i = end + tag.length;
    } else if (isIdentStart(c)) {
      const start = i++;
      while (i < n && isIdentChar(text[i])) i++;
      out.push(text.slice(start, i));
    } else if (/[0-9]/.test(c) || (c === '.' && /[0-9]/.test(next))) {
      const m = /^(?:[0-9][0-9_]*(?:\.[0-9_]*)?|\.[0-9][0-9_]*)(?:[eE][+-]?[0-9]+)?/.exec(text.slice(i, i + 256));
      const length = m ? m[0].length : 1;
      out.push(text.slice(i, i + length));
      i += length;
    } else if (OPERATOR_CHARS.includes(c)) {
      const start = i++;
      // An operator ends where a comment starts (PostgreSQL's own rule).
      while (i < n && OPERATOR_CHARS.includes(text[i]) && !(text[i] === '-' && text[i + 1] === '-') && !(text[i] === '/' && text[i + 1] === '*')) i++;
      out.push(text.slice(start, i));
    } else if (c === ':' && (next === ':' || next === '=')) {
      out.push(text.slice(i, i + 2));
      i += 2;
    } else if (c === '$' && /[0-9]/.test(next)) {
      const start = i++;
      while (i < n && /[0-9]/.test(text[i])) i++;
      out.push(text.slice(start, i));
    } else {
      out.push(c);
      i++;
    }
  }
  return out;
}

const DOLLAR_TAG = /^\$(?:[A-Za-z_\u0080-\uffff][A-Za-z0-9_\u0080-\uffff]*)?\$/;
const OPERATOR_CHARS = '+-*/<>=~!@#%^&|`?';
const isIdentStart = (c: string | undefined) => c !== undefined && /[A-Za-z_\u0080-\uffff]/.test(c);
const isIdentChar = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_$\u0080-\uffff]/.test(c);

/** Index just after the comment opened at `start`; PostgreSQL's block comments nest. -1 when never closed. */
function blockCommentEnd(text: string, start: number): number {
  let depth = 0;
  let i = start;
  while (i < text.length) {
    if (text[i] === '/' && text[i + 1] === '*') {
      depth++;
      i += 2;
    } else if (text[i] === '*' && text[i + 1] === '/') {
      depth--;
      i += 2;
      if (depth === 0) return i;
    } else i++;
  }
  return -1;
}

/** Like sqlTokens, with dollar-quoted strings (function bodies) opened up into their own tokens, for showing where two texts differ. */
export function sqlTokensDeep(text: string): string[] | undefined {
  const tokens = sqlTokens(text);
  return tokens?.flatMap((t) => {
    const tag = /^\$[^$]*\$/.exec(t)?.[0];
    const inner = tag && sqlTokens(t.slice(tag.length, t.length - tag.length));
    return tag && inner ? [tag, ...inner, tag] : [t];
  });
}
