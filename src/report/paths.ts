import * as path from 'node:path';

/** A path as a reader wants it: relative to the repository or current directory, with forward slashes. */
export function relativePath(file: string | undefined, root: string): string | undefined {
  if (!file) return undefined;
  const rel = path.relative(root, file);
  return (rel.startsWith('..') || path.isAbsolute(rel) ? file : rel).split(path.sep).join('/');
}
