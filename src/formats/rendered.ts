/**
 * Files a migration tool would pick up but that are not PostgreSQL SQL as committed: templates the
 * application renders first, files of another language that the tool's name pattern also matches
 * (golang-migrate takes `1_x.up.go`), and SQL written for another database. Every signal below is
 * something PostgreSQL rejects outside a string, a quoted identifier, a comment or a dollar-quoted
 * body, so a file that has one would fail as committed; those regions are blanked before looking,
 * which keeps `'{{x}}'`, `$1` in a function and `${x}` in a string quiet.
 */
import { BLANKING_RULES, tokens, type TokenKind } from '../sql/lexer';

export type RenderedKind = 'template' | 'other-language' | 'other-dialect';

export interface RenderedEvidence {
  kind: RenderedKind;
  /** 1-based line of the first sign (1 for a file judged by its name). */
  line: number;
  /** What was seen, for the message: e.g. "Go template `{{ .Schema }}`". */
  evidence: string;
}

const TEMPLATE_EXTENSIONS = /\.(?:tmpl|tpl|gotmpl|gotpl|j2|jinja|jinja2|mustache|hbs|erb|template)$/i;

/** Signs in the blanked text, most telling first. */
const SIGNS: { kind: RenderedKind; pattern: RegExp; what: (m: string) => string }[] = [
  { kind: 'template', pattern: /\{\{[\s\S]{0,200}?\}\}/, what: (m) => `template \`${short(m)}\`` },
  { kind: 'template', pattern: /\{%[\s\S]{0,200}?%\}/, what: (m) => `template \`${short(m)}\`` },
  { kind: 'template', pattern: /\$\{[A-Za-z_][\w.]*(?::?-[^}]*)?\}/, what: (m) => `placeholder \`${short(m)}\`` },
  { kind: 'other-dialect', pattern: /`[^`\n]+`/, what: (m) => `MySQL back-quoted identifier ${short(m)}` },
  { kind: 'other-dialect', pattern: /\bENGINE\s*=\s*\w+/i, what: (m) => `MySQL table option \`${short(m)}\`` },
  { kind: 'other-dialect', pattern: /\bAUTO_INCREMENT\b/i, what: () => 'MySQL `AUTO_INCREMENT`' },
  { kind: 'other-dialect', pattern: /\bAUTOINCREMENT\b/i, what: () => 'SQLite `AUTOINCREMENT`' },
  { kind: 'other-dialect', pattern: /\b(?:TINY|SMALL|MEDIUM|BIG)?INT(?:EGER)?(?:\s*\(\d+\))?\s+UNSIGNED\b/i, what: (m) => `MySQL \`${short(m)}\`` },
  // As a column's type only (followed by `,`, `)`, NOT NULL, NULL, DEFAULT), so a column named blob stays quiet.
  {
    kind: 'other-dialect',
    pattern: /\b(?:(?:TINY|MEDIUM|LONG)(?:BLOB|TEXT)|BLOB)\b(?=\s*(?:,|\)|NOT\b|NULL\b|DEFAULT\b|$))/i,
    what: (m) => `\`${m.toUpperCase()}\` column type (PostgreSQL has bytea and text)`,
  },
  { kind: 'other-dialect', pattern: /^[ \t]*PRAGMA[ \t]+\w+/im, what: (m) => `SQLite \`${short(m.trim())}\`` },
];

/** Answers by file name, for the text they were given: the rendered-files check and each syntax error of a file ask again. */
const answered = new Map<string, { text: string; evidence: RenderedEvidence | undefined }>();

/** Why a file cannot run as committed, or undefined for a file that may well be PostgreSQL SQL. */
export function renderedEvidence(name: string, text: string): RenderedEvidence | undefined {
  const known = answered.get(name);
  if (known?.text === text) return known.evidence;
  const evidence = lookAt(name, text);
  if (answered.size >= 64) answered.clear();
  answered.set(name, { text, evidence });
  return evidence;
}

function lookAt(name: string, text: string): RenderedEvidence | undefined {
  if (TEMPLATE_EXTENSIONS.test(name)) return { kind: 'template', line: 1, evidence: `a template file (${name.split('.').pop() ?? ''})` };
  if (!/\.(?:sql|pgsql|psql)$/i.test(name)) return { kind: 'other-language', line: 1, evidence: `a .${name.split('.').pop() ?? ''} file, not SQL` };
  const { code, comments } = blank(text);
  const comment = comments.find((c) => /^\/\*\s*TEMPLATE\b/i.test(c.text));
  if (comment) return { kind: 'template', line: lineAt(text, comment.at), evidence: `template placeholder \`${short(comment.text)}\`` };
  for (const sign of SIGNS) {
    const m = sign.pattern.exec(code);
    if (m) return { kind: sign.kind, line: lineAt(text, m.index), evidence: sign.what(m[0]) };
  }
  return undefined;
}

/**
 * The text with string literals, quoted identifiers, comments and dollar-quoted bodies replaced by spaces
 * (newlines kept, so offsets and lines stay), and the block comments found.
 */
export function blank(text: string): { code: string; comments: { at: number; text: string }[] } {
  // Built from slices: a file may be 50 MB, and an array of its characters costs seconds and a gigabyte.
  const parts: string[] = [];
  const comments: { at: number; text: string }[] = [];
  const blanked = new Set<TokenKind>(['line-comment', 'block-comment', 'string', 'quoted-name', 'dollar']);
  let kept = 0;
  for (const token of tokens(text, BLANKING_RULES)) {
    if (token.kind === 'block-comment') comments.push({ at: token.start, text: text.slice(token.start, token.end) });
    // An E before a string stays, which matches nothing.
    if (!blanked.has(token.kind)) continue;
    parts.push(text.slice(kept, token.start), text.slice(token.start, token.end).replace(/[^\n]/g, ' '));
    kept = token.end;
  }
  parts.push(text.slice(kept));
  return { code: parts.join(''), comments };
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) line++;
  return line;
}

function short(s: string): string {
  const one = s.replace(/\s+/g, ' ');
  return one.length > 40 ? `${one.slice(0, 37)}...` : one;
}

/** The files of a directory that are not meant to run as committed, each file once. */
export function renderedFiles(files: { path: string; name: string; text: string }[]): (RenderedEvidence & { path: string; name: string })[] {
  const seen = new Set<string>();
  return files.flatMap((f) => {
    if (seen.has(f.path)) return [];
    seen.add(f.path);
    const found = renderedEvidence(f.name, f.text);
    return found ? [{ ...found, path: f.path, name: f.name }] : [];
  });
}

/**
 * The files not meant to run as committed, when they make up the directory as a whole: at least half of its files, or
 * every file holding an up (a directory of templates, or one written for another database). Then nothing is run and
 * rendered-files says so once. Otherwise each such file is sent as the tool would send it, and PostgreSQL's error is that
 * file's own failure (up-failed, down-failed), which names what was seen: one MySQL down among PostgreSQL files is a
 * broken down, not a directory written for another database.
 */
export function renderedAsAWhole(
  files: { path: string; name: string; text: string; direction: 'up' | 'down' }[],
): (RenderedEvidence & { path: string; name: string })[] {
  const found = renderedFiles(files);
  if (!found.length) return [];
  const paths = new Set(files.map((f) => f.path));
  const flagged = new Set(found.map((f) => f.path));
  const ups = new Set(files.filter((f) => f.direction === 'up').map((f) => f.path));
  const whole = flagged.size * 2 >= paths.size || (ups.size > 0 && [...ups].every((p) => flagged.has(p)));
  return whole ? found : [];
}
