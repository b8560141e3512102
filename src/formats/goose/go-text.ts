/**
 * The few Go standard-library text rules goose's parser leans on, reproduced so that
 * a file splits here exactly as it does in goose: what counts as white space
 * (`unicode.IsSpace`, used by `strings.TrimSpace` and `bufio.ScanWords`), how
 * `bufio.ScanLines` cuts lines, how `%q` quotes a string in an error, and `strings.EqualFold`.
 * JavaScript's own `trim()` differs (it strips U+FEFF and keeps U+0085), hence these.
 */

/** `unicode.IsSpace`: Latin-1 spaces plus the Unicode White_Space property. */
const GO_SPACE = '\\t\\n\\v\\f\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const LEADING = new RegExp(`^[${GO_SPACE}]+`);
const TRAILING = new RegExp(`[${GO_SPACE}]+$`);
const WORDS = new RegExp(`[^${GO_SPACE}]+`, 'g');

export function isGoSpace(char: string): boolean {
  return LEADING.test(char);
}

/** `strings.TrimSpace`. */
export function goTrimSpace(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '');
}

/** `bufio.ScanWords`: the runs of non-space characters. */
export function goWords(text: string): string[] {
  return text.match(WORDS) ?? [];
}

/** One line as `bufio.ScanLines` returns it, with where it sits in the file. */
export interface ScannedLine {
  /** 1-based line number. */
  number: number;
  /** The line without its `\n` and without one trailing `\r` (ScanLines' dropCR). */
  text: string;
  /** Offset of the line's first character in the file. */
  start: number;
  /** Offset just past `text` (before a dropped `\r`, if any). */
  end: number;
  /** Offset of the terminating `\n`, or the file's length: what bufio.Scanner had to hold. */
  stop: number;
}

/** `bufio.ScanLines`: split on `\n`, drop one `\r` before it; a final line without `\n` counts unless empty. */
export function scanLines(text: string): ScannedLine[] {
  const lines: ScannedLine[] = [];
  let start = 0;
  let number = 1;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const stop = newline < 0 ? text.length : newline;
    const end = stop > start && text[stop - 1] === '\r' ? stop - 1 : stop;
    lines.push({ number, text: text.slice(start, end), start, end, stop });
    if (newline < 0) break;
    start = newline + 1;
    number += 1;
  }
  return lines;
}

const SIMPLE_ESCAPES: Partial<Record<string, string>> = {
  '\x07': '\\a',
  '\b': '\\b',
  '\f': '\\f',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\v': '\\v',
  '"': '\\"',
  '\\': '\\\\',
};
const PRINTABLE = /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u;

/** Go's `%q` (`strconv.Quote`), so that goose's messages read here exactly as goose prints them. */
export function goQuote(text: string): string {
  let out = '"';
  for (const char of text) {
    const escaped = SIMPLE_ESCAPES[char];
    if (escaped !== undefined) out += escaped;
    else if (PRINTABLE.test(char)) out += char;
    else {
      const code = char.codePointAt(0) ?? 0;
      if (code < 0x80) out += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code <= 0xffff) out += `\\u${code.toString(16).padStart(4, '0')}`;
      else out += `\\U${code.toString(16).padStart(8, '0')}`;
    }
  }
  return `${out}"`;
}

/** `strings.EqualFold`: equal under simple Unicode case folding, character by character. */
export function goEqualFold(a: string, b: string): boolean {
  // Go compares runes, which are code points: exactly what spreading a string gives.
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- code points are the point here (Go runes), not graphemes
  const left = [...a];
  // eslint-disable-next-line @typescript-eslint/no-misused-spread -- as above
  const right = [...b];
  if (left.length !== right.length) return false;
  return left.every((char, i) => {
    const other = right[i] ?? '';
    return char === other || char.toLowerCase() === other.toLowerCase() || char.toUpperCase() === other.toUpperCase();
  });
}

/** UTF-8 length, for bufio.Scanner's byte-sized buffer. */
export function utf8Length(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}
