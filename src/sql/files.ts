import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * migration-guard's own SQL lives in .sql files beside the code that runs it (`src/<folder>/...`). The bundles carry
 * them in `sql/` beside their index.js (scripts/finish-bundle.mjs copies them there, as it copies the parser's .wasm);
 * run from sources (tsx, vitest), they are read from `src/`. Each file is read once, when first needed.
 */
const ROOTS = [path.join(__dirname, 'sql'), path.resolve(__dirname, '..')];

const read = new Map<string, string>();

/** The text of one of our .sql files, named by its path under src/ (`catalog/snapshot-sql/branches/tables.sql`). */
export function sqlFile(name: string): string {
  let text = read.get(name);
  if (text === undefined) {
    const found = ROOTS.map((root) => path.join(root, ...name.split('/'))).find((file) => existsSync(file));
    if (!found)
      throw new Error(
        `migration-guard's SQL file ${name} is missing: looked in ${ROOTS.join(' and ')} (a bundle needs the sql/ directory beside it)`,
      );
    text = readFileSync(found, 'utf8').trim();
    read.set(name, text);
  }
  return text;
}
