/**
 * Text from outside (file names, SQL, server messages) made safe for where it
 * is printed: a log line that GitHub's runner scans for `::command::` lines,
 * and Markdown that GitHub renders as HTML, mentions and links.
 */

/** Longest single line we print of a message from outside; the rest is cut. */
export const MAX_LINE_CHARS = 1000;

/** `text` cut to `max` characters with an ellipsis, never splitting a surrogate pair. */
export function cut(text: string, max = MAX_LINE_CHARS): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const code = text.charCodeAt(end - 1);
  if (code >= 0xd800 && code <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/**
 * Unicode's bidirectional controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069): in a file name or a message
 * they reorder what a reader sees (`000002_\u202Elqs.pu` shows as `000002_up.sql`). Shown as visible escapes.
 */
const BIDI_CONTROLS = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const unicodeEscape = (c: string) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;

/** `text` with every bidirectional control shown as `\u202E` and so on: for every output a person reads. */
export function showBidi(text: string): string {
  return text.replace(BIDI_CONTROLS, unicodeEscape);
}

/**
 * One log line whatever `text` holds: line breaks and other control characters
 * shown as escapes, so no part of it can start a workflow command (`::error::`)
 * or move a terminal's cursor; a line that would itself begin with `::` is
 * prefixed with a zero-width space, which the runner does not trim.
 */
export function logLine(text: string): string {
  const out = showBidi(text)
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- matching control characters is the point: they are shown as escapes
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return /^\s*::/.test(out) ? `\u200B${out}` : out;
}

/**
 * Inline Markdown text: HTML escaped (so `<script>` and the sticky comment's
 * `<!-- marker -->` stay text), the punctuation that could start a link, code,
 * emphasis or a table cell backslash-escaped, `@team` mentions broken with a
 * zero-width joiner, lines joined, cut short. Punctuation that means nothing in
 * the middle of a table cell (parentheses, braces, `#`, `!`) and
 * underscores inside words (`customer_profile`: GitHub never emphasises those)
 * stay as they are, so the Markdown source reads like the text.
 */
export function markdownText(text: string, max = MAX_LINE_CHARS): string {
  return lineStart(inline(cut(oneLine(text).trim(), max)));
}

/**
 * A message of ours that may quote code between single backticks (`` `migrate down` ``, a server's SQL): each quoted
 * part becomes a code span (see markdownCode), the rest is escaped like markdownText. Only a lone backtick opens or
 * closes a quote: a run of two or more is text from outside (a file or table named ``a```b``), kept as literal
 * backticks inside or outside a quote, so a name cannot pair with our quotes and swallow what follows. A backtick
 * that closes nothing stays a literal one.
 */
export function markdownMessage(text: string, max = MAX_LINE_CHARS): string {
  const source = cut(oneLine(text).trim(), max);
  // Offsets of the lone backticks, the only quote marks.
  const lone = [...source.matchAll(/(?<!`)`(?!`)/g)].map((m) => m.index);
  const paired = lone.length - (lone.length % 2);
  let out = '';
  let from = 0;
  for (let i = 0; i < paired; i += 2) {
    const code = source.slice(lone[i] + 1, lone[i + 1]);
    out += inline(source.slice(from, lone[i])) + (code ? codeSpan(code) : '\\`\\`');
    from = lone[i + 1] + 1;
  }
  return lineStart(out + inline(source.slice(from)));
}

/**
 * A file name or SQL fragment in code style. Plain text becomes a Markdown code
 * span (`` `000002_add_users.up.sql` ``), which reads the same in the source as
 * on the page; text a code span cannot hold safely (backticks, `<`, `&`, `@`,
 * `|`, backslashes, edge spaces) becomes `<code>` with its content escaped like
 * markdownText, so it can neither end the span nor become HTML or a mention.
 */
export function markdownCode(text: string, max = MAX_LINE_CHARS): string {
  return codeSpan(cut(oneLine(text), max));
}

/**
 * Text may be placed at the start of a line (a hint under a list item): `# x`, `- x`, `+ x`, `1. x` or a line of
 * `=` or `-` would make it a heading, a list or a rule there. Escaped, it reads the same anywhere else.
 */
const lineStart = (md: string) => md.replace(/^(?=#{1,6}(?:\s|$)|[-+](?:\s|$)|[=-]+\s*$)/, '\\').replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');

const oneLine = (text: string) => showBidi(text).replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

function codeSpan(text: string): string {
  if (text && text.trim() === text && !/[`<>&@|\\]/.test(text)) return `\`${text}\``;
  return `<code>${inline(text)}</code>`;
}

function inline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*[\]|~]|_(?![A-Za-z0-9])|(?<![A-Za-z0-9])_/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}

/** A URL as a Markdown link destination: parentheses, spaces and angle brackets percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
