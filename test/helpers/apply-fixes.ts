import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Finding } from '../../src/findings';
import { planFixes } from '../../src/fixes/plan';

/** A file's text, or undefined where a fix creates it. */
export const read = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8') : undefined);

/** What `migration-guard fix` writes: every verified fix the plan applies. */
export function apply(findings: Finding[]): number {
  const plan = planFixes(findings, read);
  for (const { changes } of plan.apply) for (const c of changes) writeFileSync(c.path, c.after);
  return plan.apply.length;
}
