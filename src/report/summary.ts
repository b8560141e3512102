import type { FailOn } from '../findings';
import type { Outcome } from '../outcome';
import { renderMarkdown } from './markdown';

/** GitHub refuses job summaries over 1 MiB per step; stay well below with room for other steps' text. */
const SUMMARY_MAX_CHARS = 900_000;

/** The job summary: the same report as the PR comment, with room for every finding. */
export function renderSummary(outcome: Outcome, root: string, fileLink?: (path: string, line?: number) => string, failOn?: FailOn): string {
  return renderMarkdown(outcome, { root, fileLink, failOn, maxChars: SUMMARY_MAX_CHARS, overflowTo: 'the JSON report (output `report`)' });
}
