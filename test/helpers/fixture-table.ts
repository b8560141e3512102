import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { FIXTURES } from './processes';

export interface ExpectedFinding {
  check: string;
  /** File name inside the fixture directory, with :line[:column]. */
  at: string;
}

export interface FixtureRow {
  name: string;
  findings: ExpectedFinding[];
  exit: number;
  /** The Defect cell starts with *scope unset*: run with the user's default scope (history folded); the others with scope: all. */
  scopeUnset: boolean;
}

/** The table in migrations-fixtures/<tool>/README.md is the single statement of what each fixture must produce. */
export function fixtureTable(tool = 'golang-migrate'): FixtureRow[] {
  const readme = readFileSync(path.join(FIXTURES, tool, 'README.md'), 'utf8');
  return readme
    .split('\n')
    .filter((line) => /^\| `[a-z0-9-]+` \|/.test(line))
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      const name = /`([^`]+)`/.exec(cells[1])![1];
      const findings = [...cells[3].matchAll(/`([a-z-]+)` at `([^`]+)`/g)].map((m) => ({ check: m[1], at: m[2] }));
      return { name, findings, exit: Number(cells[4]), scopeUnset: cells[2].startsWith('*scope unset*') };
    });
}

/** `check at file:line[:column]` as the table writes it, from a finding whose file is relative to the fixture's parent. */
export function describeFinding(f: { check: string; file?: string; line?: number; column?: number }): string {
  const file = (f.file ?? '').split('/').slice(-1)[0];
  const at = [file, f.line, f.column].filter((x) => x !== undefined).join(':');
  return `${f.check} at ${at}`;
}
