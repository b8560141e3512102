import type { FailOn } from '../findings';
import { describeBase } from '../git/compare';
import type { Outcome } from '../outcome';
import { deployedMarkdown } from './deployed';
import { markdownCode, markdownMessage, markdownText } from './escape';
import { groupFindings } from './groups';
import { blockingSentence, countWords, inferFailOn, withoutRunnerPaths } from './headline';
import { findingItem, groupHeading, ignoredItem, ignoredSummary, type Places, repeatedItem } from './markdown-findings';
import { migrationRow, TABLE_HEADER } from './migration-table';
import { relativePath } from './paths';
import { formatMs } from './step-labels';

export interface MarkdownOptions {
  /** Paths are shown relative to this directory. */
  root: string;
  /** A link to a file and line (the PR's head commit); plain text when absent. */
  fileLink?: (relativePath: string, line?: number) => string;
  /** Upper bound on the rendered length: PR comments hold 65,536 characters, job summaries 1 MiB. */
  maxChars: number;
  /** Where the rows that did not fit can be read, e.g. "the job summary". */
  overflowTo: string;
  /** The fail-on the verdict was decided with; read back from the failing findings when absent. */
  failOn?: FailOn;
}

/** Room kept for the closing lines (what was left out and where to read it). */
const TAIL = 600;
/** The ignored findings listed one by one before "and N more". */
const IGNORED_MAX = 50;

/**
 * The report people read on GitHub: first what blocks the merge, then the findings by migration file (errors
 * first, each with its SQL and what to do), then the silenced findings and every migration's record, folded. One
 * renderer for the job summary and the PR comment, so both always say the same thing. Whole blocks are left out
 * when the comment would pass `maxChars` (never half a code block), and the last line says what and where to read it.
 */
export function renderMarkdown(outcome: Outcome, options: MarkdownOptions): string {
  const places: Places = { root: options.root, set: outcome.set, fileLink: options.fileLink };
  const { groups, repeated } = groupFindings(outcome.findings, outcome.set);
  const out = head(outcome, options);
  let budget = options.maxChars - TAIL;
  const fits = (text: string) => {
    if (text.length + 1 > budget) return false;
    budget -= text.length + 1;
    return true;
  };
  budget -= out.join('\n').length;

  let shown = 0;
  let cut = false;
  if (groups.length || repeated.length) out.push('### Findings', '');
  for (const group of groups) {
    const items = group.findings.map((f) => findingItem(f, places));
    if (!fits(`${groupHeading(group, places)}\n\n${items[0]}\n`)) {
      cut = true;
      break;
    }
    out.push(groupHeading(group, places), '', items[0], '');
    shown++;
    for (const item of items.slice(1)) {
      if (!fits(`${item}\n`)) {
        cut = true;
        break;
      }
      out.push(item, '');
      shown++;
    }
    if (cut) break;
  }
  if (repeated.length && !cut && fits('#### In several files\n')) {
    out.push('#### In several files', '');
    for (const r of repeated) {
      const item = repeatedItem(r, places);
      if (!fits(`${item}\n`)) break;
      out.push(item, '');
      shown += r.findings.length;
    }
  }
  const total = outcome.findings.length;
  if (shown < total) {
    out.push(`**… and ${total - shown} more finding(s), left out to stay within GitHub's limit: see ${options.overflowTo}.**`, '');
  }
  out.push(...ignoredSection(outcome, options.root, fits));
  out.push(...migrationTable(outcome, options, fits));
  return out.join('\n');
}

/** The heading says what blocks the merge; then where, on what, compared with what. */
function head(outcome: Outcome, options: MarkdownOptions): string[] {
  const root = options.root;
  const icon = outcome.exitCode === 0 ? '✅' : outcome.exitCode === 2 ? '⛔' : '❌';
  const sentence = blockingSentence(outcome, options.failOn ?? inferFailOn(outcome), 'this merge');
  // What blocks the merge leads the first line, so that a phone shows it before wrapping; the tool's name follows.
  const out = [`## ${icon} ${sentence[0].toUpperCase()}${sentence.slice(1)}`, ''];
  const where = `migration-guard checked ${outcome.set.migrations.length} migration(s) in ${markdownCode(relativePath(outcome.set.dir, root) ?? '')}`;
  const found = countWords(outcome.findings);
  const proven =
    outcome.run && !outcome.infrastructureError
      ? ' Every migration applies, its down restores the schema from before it, and it applies again identically.'
      : '';
  out.push(found ? `${where}: ${found}.` : `${where}: no findings.${proven}`);
  if (outcome.infrastructureError) out.push('', `> **Could not finish:** ${markdownMessage(withoutRunnerPaths(outcome.infrastructureError, root))}`);
  const facts: string[] = [];
  if (outcome.run) {
    const reason = outcome.run.postgresVersionReason;
    const why = reason ? `, because ${withoutRunnerPaths(reason, root)}` : '';
    facts.push(
      `Checked on PostgreSQL ${markdownText(outcome.run.postgresVersion)} (${outcome.run.provider}${markdownText(why)}); start-up ${formatMs(outcome.run.startupMs)}, checks ${formatMs(outcome.run.ms)}.`,
    );
  }
  if (outcome.base) facts.push(`Compared with ${markdownText(describeBase(outcome.base))}.`);
  if (outcome.deployed) {
    const pending = outcome.pending?.length ? outcome.pending.map((v) => markdownCode(v)).join(', ') : 'none';
    facts.push(
      `Target at version ${outcome.deployed.version ?? 'none'}${outcome.deployed.dirty ? ' (dirty)' : ''}; a deploy would apply: ${pending}.`,
    );
  }
  if (facts.length) out.push('', facts.join(' '));
  if (outcome.deployed) out.push(...deployedMarkdown(outcome.deployed));
  out.push('');
  // The head is short unless a rehearsal lists many migrations: it never takes more than half of the room.
  let room = options.maxChars / 2;
  const kept = out.filter((line) => (room -= line.length + 1) >= 0);
  return kept.length < out.length
    ? [...kept, '', `**… the rest of this part is left out to stay within GitHub's limit: see ${options.overflowTo}.**`, '']
    : out;
}

/** Every silenced finding with the comment that silenced it, folded: an audit, not a to-do. */
function ignoredSection(outcome: Outcome, root: string, fits: (text: string) => boolean): string[] {
  const ignored = outcome.ignored ?? [];
  if (!ignored.length) return [];
  const summary = `<details><summary>${ignoredSummary(ignored)}</summary>`;
  if (!fits(`${summary}\n\n\n</details>\n`)) return [];
  const items: string[] = [];
  for (const f of ignored.slice(0, IGNORED_MAX)) {
    const item = ignoredItem(f, root);
    if (!fits(item)) break;
    items.push(item);
  }
  const more = ignored.length > items.length ? [`- … and ${ignored.length - items.length} more`] : [];
  return [summary, '', ...items, ...more, '', '</details>', ''];
}

function migrationTable(outcome: Outcome, options: MarkdownOptions, fits: (text: string) => boolean): string[] {
  const traces = outcome.run?.traces ?? [];
  const summary = `<details><summary>${traces.length} migration(s): up, down, up again</summary>`;
  if (!traces.length || !fits(`${summary}\n\n${TABLE_HEADER.join('\n')}\n\n</details>\n`)) return [];
  const rows: string[] = [];
  for (const t of traces) {
    const row = migrationRow(t, outcome.findings);
    if (!fits(row)) break;
    rows.push(row);
  }
  const more = rows.length < traces.length ? ['', `… and ${traces.length - rows.length} more: see ${options.overflowTo}.`] : [];
  return [summary, '', ...TABLE_HEADER, ...rows, ...more, '', '</details>', ''];
}
