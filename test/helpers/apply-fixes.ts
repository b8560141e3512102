import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../../src/findings';
import { planFixes } from '../../src/fixes/plan';
import { checkInProcess } from './in-process';

/** A file's text, or undefined where a fix creates it. */
export const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** What `migration-guard fix` writes: every verified fix the plan applies. */
export function apply(findings: Finding[]): number {
  const plan = planFixes(findings, read);
  for (const { changes } of plan.apply) for (const c of changes) writeFileSync(c.path, c.after);
  return plan.apply.length;
}

/**
 * The check after the fixes are applied (in this process, `--scope all` unless `args` give a scope), without fix trials:
 * a trial only adds a fix or a hint to a finding, so the findings asserted on are the same, and the trials for what
 * remains would re-prove other tests' fixes.
 */
export async function findingsOnceFixed(dir: string, args: string[] = []): Promise<Finding[]> {
  return (await checkInProcess(dir, [...args, '--no-fixes'])).outcome.findings;
}
