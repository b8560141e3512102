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
 * One log line whatever `text` holds: line breaks and other control characters
 * shown as escapes, so no part of it can start a workflow command (`::error::`)
 * or move a terminal's cursor; a line that would itself begin with `::` is
 * prefixed with a zero-width space, which the runner does not trim.
 */
export function logLine(text: string): string {
  const out = text
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
 * A message of ours that may quote code between backticks (`` `migrate down` ``,
 * a server's SQL): each quoted part becomes a code span (see markdownCode), the
 * rest is escaped like markdownText; an unpaired backtick stays a literal one.
 */
export function markdownMessage(text: string, max = MAX_LINE_CHARS): string {
  const parts = cut(oneLine(text).trim(), max).split('`');
  // parts alternate text, code, text, ...; an even count means the last backtick opened nothing.
  const unpaired = parts.length % 2 === 0 ? parts.pop() : undefined;
  const out = parts.map((part, i) => (i % 2 === 0 ? inline(part) : part ? codeSpan(part) : '\\`\\`'));
  return lineStart(out.join('') + (unpaired === undefined ? '' : `\\\`${inline(unpaired)}`));
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

const oneLine = (text: string) => text.replace(/\s*[\r\n\u2028\u2029]+\s*/g, ' ');

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
