import type { StepResult, MigrationTrace } from '../engine/trace';
import { formatDuration } from '../durations';
import type { Finding } from '../findings';
import type { ToolWords } from '../formats/format';
import { defineCheck } from './check';

const LIMIT_INPUT = { statement: 'statement-timeout', lock: 'lock-timeout', run: 'run-timeout' } as const;

/** A file that ran past a time limit was cancelled; the run went on with the next migration. */
export const timeout = defineCheck({
  id: 'timeout',
  severity: 'error',
  summary: "A file ran longer than statement-timeout, waited on a lock longer than lock-timeout, or hit the whole run's limit.",
  needs: ['run'],
  run: ({ set, run }) =>
    run.traces.flatMap((t) => (['up', 'down', 'reup'] as const).flatMap((which) => finding(t, which, t[which], set.format.words))),
});

function finding(trace: MigrationTrace, which: 'up' | 'down' | 'reup', step: StepResult, words: ToolWords): Finding[] {
  const { error, file } = step;
  const limit = error?.timeout;
  if (step.status !== 'failed' || !error || !limit || !file) return [];
  const what = which === 'reup' ? 'up (run again)' : which;
  const line = error.line;
  const how =
    limit.limit === 'lock'
      ? `waited longer than ${LIMIT_INPUT.lock} (${formatDuration(limit.ms)}) for a lock${line ? ` at line ${line}` : ''}`
      : limit.limit === 'statement'
        ? `ran longer than ${LIMIT_INPUT.statement} (${formatDuration(limit.ms)})${line ? `; it was at line ${line}` : ''}`
        : 'was still running when the whole run reached run-timeout';
  return [
    {
      check: 'timeout',
      severity: 'error',
      file: file.path,
      line: line ?? 1,
      column: error.column,
      version: trace.migration.versionText,
      message: `${trace.migration.versionText} ${what} ${how} and was cancelled${limit.limit === 'lock' ? ' by PostgreSQL' : `, as ${words.statementTimeout} would cancel it`}`,
      hint:
        limit.limit === 'lock'
          ? 'Nothing else runs in the throw-away database, so the file waits on a lock it holds itself (e.g. two sessions via dblink) or the limit is too low.'
          : `On an empty database this usually means a sleep, an endless loop or a wait on something that never comes. If the file is legitimately slow, raise ${LIMIT_INPUT[limit.limit]}.`,
    },
  ];
}
