/** Lines of context around a change, as `diff -u` and git print them. */
const CONTEXT = 3;

/**
 * A unified diff of one file (`--dry-run`): the changed block between the common first and last lines, with context.
 * One hunk, as the fixes change one place of a file; `before` undefined: the file is created.
 */
export function unifiedDiff(name: string, before: string | undefined, after: string): string {
  const a = before === undefined ? [] : linesOf(before);
  const b = linesOf(after);
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  if (prefix === a.length && prefix === b.length) return '';
  const start = Math.max(0, prefix - CONTEXT);
  const endA = Math.min(a.length, a.length - suffix + CONTEXT);
  const endB = Math.min(b.length, b.length - suffix + CONTEXT);
  // git's a/ and b/ prefixes for a path inside the repository; a path outside it is shown as it is.
  const [from, to] = name.startsWith('/') ? [name, name] : [`a/${name}`, `b/${name}`];
  const out = [
    before === undefined ? '--- /dev/null' : `--- ${from}`,
    `+++ ${to}`,
    `@@ -${range(start, endA - start)} +${range(start, endB - start)} @@`,
  ];
  for (let i = start; i < prefix; i++) out.push(` ${a[i]}`);
  for (let i = prefix; i < a.length - suffix; i++) out.push(`-${a[i]}`);
  for (let i = prefix; i < b.length - suffix; i++) out.push(`+${b[i]}`);
  for (let i = a.length - suffix; i < endA; i++) out.push(` ${a[i]}`);
  return `${out.join('\n')}\n`;
}

/** Lines without their ends; a last line without a newline is still a line. */
function linesOf(text: string): string[] {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines;
}

/** `start,count` with diff's 1-based start (0 for an empty side). */
function range(start: number, count: number): string {
  return `${count === 0 ? start : start + 1},${count}`;
}
