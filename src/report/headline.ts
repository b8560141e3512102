import * as path from 'node:path';
import type { FailOn, Finding, Severity } from '../findings';
import type { Outcome } from '../outcome';

const NOUN: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], notice: ['notice', 'notices'] };
const ORDER: Severity[] = ['error', 'warning', 'notice'];

type Counts = Record<Severity, number>;

const countsOf = (findings: Finding[]): Counts => ({
  error: findings.filter((f) => f.severity === 'error').length,
  warning: findings.filter((f) => f.severity === 'warning').length,
  notice: findings.filter((f) => f.severity === 'notice').length,
});
const total = (c: Counts) => c.error + c.warning + c.notice;

/** "2 errors", "1 error and 6 warnings", "2 errors, 6 warnings and 1 notice"; empty for none. */
export function countWords(findings: Finding[] | Counts): string {
  const counts = Array.isArray(findings) ? countsOf(findings) : findings;
  const parts = ORDER.flatMap((s) => (counts[s] ? [`${counts[s]} ${NOUN[s][counts[s] === 1 ? 0 : 1]}`] : []));
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}` : (parts[0] ?? '');
}

/**
 * The fail-on the verdict was decided with, when the caller does not say: read back from which findings failed.
 * Undefined when the findings cannot tell (nothing failed and no error was there to fail).
 */
export function inferFailOn(outcome: Pick<Outcome, 'findings' | 'failing'>): FailOn | undefined {
  if (outcome.failing.some((f) => f.severity !== 'error')) return 'warning';
  if (outcome.failing.length) return outcome.findings.some((f) => f.severity === 'warning') ? 'error' : undefined;
  return outcome.findings.some((f) => f.severity === 'error') ? 'never' : undefined;
}

/**
 * What decides the merge, in one sentence a reviewer can act on:
 * "2 errors block this merge; 6 warnings do not (fail-on: error)". `what` names what fails: "this merge" on GitHub,
 * "this run" on the command line.
 */
export function blockingSentence(outcome: Pick<Outcome, 'findings' | 'failing' | 'exitCode'>, failOn: FailOn | undefined, what: string): string {
  // By counts, not identity: failing is a subset of findings, but masking may have copied both.
  const failing = countsOf(outcome.failing);
  const all = countsOf(outcome.findings);
  const rest = { error: all.error - failing.error, warning: all.warning - failing.warning, notice: all.notice - failing.notice };
  const blocking = countWords(failing);
  const restWords = countWords(rest);
  const threshold = failOn ? ` (fail-on: ${failOn})` : '';
  const notBlocking = restWords ? `; ${restWords} ${total(rest) === 1 ? 'does' : 'do'} not` : '';
  const block = total(failing) === 1 ? 'blocks' : 'block';
  if (outcome.exitCode === 2) {
    const also = blocking ? `; ${blocking} ${block} it too` : '';
    return `could not check everything, which blocks ${what}${also}${notBlocking}${restWords || blocking ? threshold : ''}`;
  }
  if (blocking) return `${blocking} ${block} ${what}${notBlocking}${threshold}`;
  if (restWords) return `nothing blocks ${what}; ${restWords} ${total(rest) === 1 ? 'does' : 'do'} not${threshold}`;
  return `nothing blocks ${what}: no findings`;
}

// An absolute path: POSIX (not the `//host` of a URL, nor inside a relative path) or Windows (`C:\...`).
const ABSOLUTE = /(?<![\w.:/\\-])(?:\/(?!\/)|[A-Za-z]:\\)[^\s()'"`,;]*/g;

/**
 * Text for people who do not sit at the runner: paths inside `root` (the repository) become relative; other absolute
 * paths (binary directories, the runner's temp dirs) say nothing a reviewer can use, so a parenthesis holding only one
 * is dropped and any other is shortened to its last part.
 */
export function withoutRunnerPaths(text: string, root: string): string {
  const inside = (p: string) => {
    const rel = path.relative(root, p);
    return rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : undefined;
  };
  return text
    .replace(/ ?\(((?:\/(?!\/)|[A-Za-z]:\\)[^\s()'"`,;]*)\)/g, (_all, p: string) => (inside(p) ? ` (${inside(p) ?? ''})` : ''))
    .replace(ABSOLUTE, (p) => inside(p) ?? (p.length > 1 ? `…/${p.split(/[\\/]/).filter(Boolean).at(-1) ?? ''}` : p));
}
