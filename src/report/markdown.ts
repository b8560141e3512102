import type { Finding, Severity } from '../findings';
import { describeBase } from '../git/compare';
import type { Outcome } from '../outcome';
import { deployedMarkdown } from './deployed';
import { docsUrl } from './docs-link';
import { markdownCode, markdownMessage, markdownText, markdownUrl } from './escape';
import { relativePath } from './paths';
import { formatMs, migrationName, stepRecord } from './step-labels';

export interface MarkdownOptions {
  /** Paths are shown relative to this directory. */
  root: string;
  /** A link to a file and line (the PR's head commit); plain text when absent. */
  fileLink?: (relativePath: string, line?: number) => string;
  /** Upper bound on the rendered length: PR comments hold 65,536 characters, job summaries 1 MiB. */
  maxChars: number;
  /** Where the rows that did not fit can be read, e.g. "the job summary". */
  overflowTo: string;
}

// Everything from outside (file names, server messages, SQL) is escaped: see escape.ts. Messages keep their `code`.
const cell = (s: string) => markdownText(s);
const prose = (s: string) => markdownMessage(s);
const ICON: Record<Severity, string> = { error: '❌', warning: '⚠️', notice: 'ℹ️' };

/**
 * The report people read on GitHub: verdict first, then every finding, then a
 * collapsed table of every migration. One renderer for the job summary and the
 * PR comment, so both always say the same thing.
 */
export function renderMarkdown(outcome: Outcome, options: MarkdownOptions): string {
  const { root } = options;
  const head = [...verdict(outcome, root), ''];
  const findingRows = outcome.findings.map((f) => findingItem(f, options));
  const migrationRows = (outcome.run?.traces ?? []).map((t) => {
    const r = stepRecord(t);
    return `| ${markdownCode(migrationName(t))} | ${r.up} | ${r.down} | ${r.reup} | ${r.schema} |`;
  });

  // Findings come first in the budget: the migration table is the first thing to shorten.
  const tail = 400;
  let budget = options.maxChars - head.join('\n').length - tail;
  const findings = fitRows(findingRows, budget);
  budget -= findings.join('\n').length;
  const migrations = fitRows(migrationRows, budget);

  const out = [...head];
  if (findingRows.length) {
    // A list, not a table: a long message wraps at the comment's width instead of widening a table past it.
    out.push('### Findings', '', ...findings);
    if (findings.length < findingRows.length)
      out.push('', `… and ${findingRows.length - findings.length} more finding(s): see ${options.overflowTo}.`);
    out.push('');
  }
  if (migrationRows.length) {
    out.push(
      `<details><summary>${migrationRows.length} migration(s): up, down, up again</summary>`,
      '',
      '| Migration | Up | Down | Up again | Schema |',
      '| --- | --- | --- | --- | --- |',
      ...migrations,
    );
    if (migrations.length < migrationRows.length) out.push('', `… and ${migrationRows.length - migrations.length} more: see ${options.overflowTo}.`);
    out.push('', '</details>', '');
  }
  return out.join('\n');
}

function verdict(outcome: Outcome, root: string): string[] {
  const count = (s: Severity) => outcome.findings.filter((f) => f.severity === s).length;
  const out = [`## ${outcome.verdict === 'passed' ? '✅' : '❌'} migration-guard: ${outcome.verdict}`, ''];
  const where = `${outcome.set.migrations.length} migration(s) in ${markdownCode(relativePath(outcome.set.dir, root) ?? '')}`;
  out.push(
    outcome.findings.length
      ? `${where}: ${count('error')} error(s), ${count('warning')} warning(s), ${count('notice')} notice(s).`
      : `${where}: no findings.${outcome.run && !outcome.infrastructureError ? ' Every migration applies, its down restores the schema from before it, and it applies again identically.' : ''}`,
  );
  const ignored = outcome.ignored?.length ?? 0;
  if (ignored)
    out.push(
      '',
      `${ignored} finding(s) silenced by \`-- migration-guard:ignore\` comments (${[...new Set(outcome.ignored?.map((f) => f.check))].join(', ')}).`,
    );
  if (outcome.infrastructureError) out.push('', `> **Could not finish:** ${prose(outcome.infrastructureError)}`);
  const facts: string[] = [];
  if (outcome.run) {
    const why = outcome.run.postgresVersionReason ? `, because ${outcome.run.postgresVersionReason}` : '';
    facts.push(
      `Checked on PostgreSQL ${cell(outcome.run.postgresVersion)} (${outcome.run.provider}${cell(why)}); start-up ${formatMs(outcome.run.startupMs)}, checks ${formatMs(outcome.run.ms)}.`,
    );
  }
  if (outcome.base) facts.push(`Compared with ${cell(describeBase(outcome.base))}.`);
  if (outcome.deployed) {
    const pending = outcome.pending?.length ? outcome.pending.map((v) => markdownCode(v)).join(', ') : 'none';
    facts.push(
      `Target at version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}.`,
    );
  }
  if (facts.length) out.push('', facts.join(' '));
  if (outcome.deployed) out.push(...deployedMarkdown(outcome.deployed));
  return out;
}

/** One finding as a list item: icon, check (its docs), place, message; the hint folded underneath. */
function findingItem(f: Finding, options: MarkdownOptions): string {
  const file = relativePath(f.file, options.root);
  const label = file ? `${file}${f.line ? `:${f.line}` : ''}` : '';
  const where = !file
    ? ''
    : options.fileLink
      ? ` at [${markdownCode(label)}](${markdownUrl(options.fileLink(file, f.line))})`
      : ` at ${markdownCode(label)}`;
  const item = `- ${ICON[f.severity]} [\`${f.check}\`](${docsUrl(f.check)})${where}: ${prose(f.message)}`;
  // Blank lines around the hint let GitHub render its Markdown inside <details>; the indent keeps it in the item.
  return f.hint ? `${item}\n\n  <details><summary>How to fix</summary>\n\n  ${prose(f.hint)}\n\n  </details>\n` : item;
}

function fitRows(rows: string[], budget: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const row of rows) {
    if (used + row.length + 1 > budget) break;
    kept.push(row);
    used += row.length + 1;
  }
  return kept;
}
