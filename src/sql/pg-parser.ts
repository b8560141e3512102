import { setFlagsFromString } from 'node:v8';

type LibPgQuery = typeof import('libpg-query');

/**
 * PostgreSQL's own grammar (libpg_query, PostgreSQL 18, as WebAssembly). It
 * finds statement boundaries and compares expressions by their parse trees;
 * the server, not the parser, stays the judge of what is valid SQL.
 * The .wasm file sits next to the bundle (copied by `npm run bundle`).
 */
let loading: Promise<LibPgQuery> | undefined;
let parser: LibPgQuery | undefined;

/**
 * Loads the parser once; false when it cannot be loaded (e.g. the .wasm is not
 * next to the bundle), and callers fall back. Imported here rather than at the
 * top: libpg-query starts reading its .wasm as soon as it is imported, and a
 * failure nobody awaits yet would be an unhandled rejection that ends the process.
 */
export async function loadParser(): Promise<boolean> {
  if (!loading) {
    baselineWasmOnly(); // before the import, which starts compiling the module
    loading = import('libpg-query').then(async (module) => {
      await module.loadModule();
      parser = module;
      return module;
    });
  }
  try {
    await loading;
    return true;
  } catch {
    return false;
  }
}

/**
 * The grammar's WebAssembly is compiled by V8's baseline compiler (Liftoff) only. By default V8 also recompiles the hot
 * functions with its optimizing compiler, and the grammar's one hot function is the whole generated parser: that costs
 * about 0.25 s of CPU on background threads in every run, and the optimized code earns it back only after megabytes of
 * SQL. Measured on 0.8 MB of DDL: 265 ms of CPU instead of 484, with a shorter wall time; on 4 MB, 5 % more wall time,
 * 14 % less CPU. Set before the module is compiled; V8 reads it per compilation, and only this module is WebAssembly.
 * Node keeps its flags writable after start (v8.setFlagsFromString); where that fails, the default compilers run.
 */
function baselineWasmOnly(): void {
  try {
    setFlagsFromString('--liftoff-only');
  } catch {
    // The defaults: the same parser, more CPU.
  }
}

export interface ParsedStatement {
  /** Code-unit offsets into the text (libpg_query counts UTF-8 bytes; converted here). */
  start: number;
  end: number;
  /** The statement's node, e.g. `{ IndexStmt: {...} }`. */
  node: Record<string, unknown>;
}

/** Texts longer than this are not given to the grammar (about 0.3 s of parsing on a CI machine). */
export const MAX_PARSED_CHARS = 1_000_000;

export type ParseOutcome = { ok: true; statements: ParsedStatement[] } | { ok: false; message: string; position?: number };

/**
 * The last texts parsed and their outcomes: the seeder, the observation pass and the checks each read the same
 * section (a few times per migration). Callers only read the trees. Small: a run goes through its files in order.
 */
const recent = new Map<string, ParseOutcome>();
const RECENT = 16;

/** Parses SQL text; undefined when the parser could not be loaded (callers fall back to the lexer in sql/text.ts). */
export function parseStatements(text: string): ParseOutcome | undefined {
  // One synchronous WASM call: on a multi-megabyte data file it would hold off signals and run-timeout for
  // seconds. Such files are read by the lexer, as when the parser is missing.
  if (!parser || text.length > MAX_PARSED_CHARS) return undefined;
  const known = recent.get(text);
  if (known) {
    recent.delete(text); // most recently used last
    recent.set(text, known);
    return known;
  }
  const outcome = parseUncached(parser, text);
  recent.set(text, outcome);
  if (recent.size > RECENT) recent.delete(recent.keys().next().value as string);
  return outcome;
}

function parseUncached(grammar: LibPgQuery, text: string): ParseOutcome {
  let tree: { stmts?: { stmt: Record<string, unknown>; stmt_location?: number; stmt_len?: number }[] };
  try {
    tree = grammar.parseSync(text) as typeof tree;
  } catch (error) {
    const e = error as { message?: string; sqlDetails?: { cursorPosition?: number } };
    return { ok: false, message: e.message ?? String(error), position: e.sqlDetails?.cursorPosition };
  }
  const bytes = Buffer.from(text, 'utf8');
  const toOffset = byteToCodeUnit(text, bytes);
  return {
    ok: true,
    statements: (tree.stmts ?? []).map((s) => {
      const from = s.stmt_location ?? 0;
      const to = s.stmt_len ? from + s.stmt_len : bytes.length;
      return { start: toOffset(from), end: toOffset(to), node: s.stmt };
    }),
  };
}

/** Maps UTF-8 byte offsets to code-unit offsets in one pass over the text (linear, whatever the number of calls). */
function byteToCodeUnit(text: string, bytes: Buffer): (byte: number) => number {
  if (bytes.length === text.length) return (b) => b; // ASCII
  const map = new Uint32Array(bytes.length + 1);
  let byte = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    const size = code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
    for (let k = 0; k < size; k++) map[byte + k] = i;
    byte += size;
    if (code >= 0x10000) i++;
  }
  map[bytes.length] = text.length;
  return (b) => map[Math.min(b, bytes.length)];
}

/** The parse tree of one SQL expression or statement, with locations removed: equal trees mean equal meaning up to spelling. */
export function parseTree(sql: string): unknown {
  if (!parser) return undefined;
  try {
    return stripLocations(parser.parseSync(sql));
  } catch {
    return undefined;
  }
}

function stripLocations(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(stripLocations);
  if (node && typeof node === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(node)) if (k !== 'location' && k !== 'stmt_location' && k !== 'stmt_len') out[k] = stripLocations(v);
    return out;
  }
  return node;
}
