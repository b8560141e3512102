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
  const out = text.replace(/\r\n|\r|\n/g, '\\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f\u0085\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return /^\s*::/.test(out) ? `\u200B${out}` : out;
}

/**
 * Inline Markdown text: HTML escaped (so `<script>` and the sticky comment's
 * `<!-- marker -->` stay text), Markdown punctuation backslash-escaped,
 * `@team` mentions broken with a zero-width joiner, lines joined, cut short.
 */
export function markdownText(text: string, max = MAX_LINE_CHARS): string {
  return cut(text.replace(/\s*[\r\n]+\s*/g, ' '), max)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()#!|~{}]/g, (c) => `\\${c}`)
    .replace(/@(?=[A-Za-z0-9_-])/g, '@\u200D');
}

/** A file name or SQL fragment in code style, escaped like markdownText (a backtick in the name cannot end the span). */
export function markdownCode(text: string, max = MAX_LINE_CHARS): string {
  return `<code>${markdownText(text, max)}</code>`;
}

/** A URL as a Markdown link destination: parentheses, spaces and angle brackets percent-encoded. */
export function markdownUrl(url: string): string {
  return url.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
