/** How a file's text changed, in the terms an annotation needs. */
export interface TextEdit {
  /** 1-based line of the new text where the change starts. */
  firstLine: number;
  /** Last line of the new text that changed, when lines were added or replaced. */
  lastLine?: number;
  removed: number;
  added: number;
  /** Only indentation, trailing blanks, blank lines or line endings differ. */
  whitespaceOnly: boolean;
}

const HORIZONTAL_SPACE = /^[ \t\r\f\v]+|[ \t\r\f\v]+$/g;

/** Common prefix and suffix of the two line lists: the changed block between them (linear, fine for 50 MB files). */
export function describeEdit(before: string, after: string): TextEdit {
  const a = before.split('\n');
  const b = after.split('\n');
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && a[a.length - 1 - suffix] === b[b.length - 1 - suffix]) suffix++;
  const removed = a.length - prefix - suffix;
  const added = b.length - prefix - suffix;
  const meaningful = (lines: string[]) =>
    lines
      .map((l) => l.replace(HORIZONTAL_SPACE, ''))
      .filter((l) => l !== '')
      .join('\n');
  return {
    firstLine: Math.min(prefix + 1, b.length),
    lastLine: added > 1 ? prefix + added : undefined,
    removed,
    added,
    whitespaceOnly: meaningful(a) === meaningful(b),
  };
}

export function summarizeEdit(edit: TextEdit): string {
  const lines = (n: number) => `${n} line${n === 1 ? '' : 's'}`;
  if (edit.whitespaceOnly) return `only whitespace changed, from line ${edit.firstLine}`;
  if (edit.removed === 0) return `${lines(edit.added)} added at line ${edit.firstLine}`;
  if (edit.added === 0) return `${lines(edit.removed)} removed at line ${edit.firstLine}`;
  return `${lines(edit.removed)} replaced by ${lines(edit.added)} from line ${edit.firstLine}`;
}
