import type { Finding } from '../findings';
import { defineCheck } from './check';
import { consequencesOf, type Consequence } from '../check-support/failure-consequences';
import { missingExtensionOf } from '../check-support/extension-error';
import { preconditionFailures } from '../check-support/precondition-error';

const STEP_WORDS = { up: 'up', down: 'down', reup: 'up again' } as const;

/** Later steps that fail only because an earlier up failed: one notice per first failure, listing them. */
export const notCheckedAfterFailure = defineCheck({
  id: 'not-checked-after-failure',
  severity: 'notice',
  summary:
    'Later migrations that fail on what an earlier failed up would have made are listed once, as not checked, instead of as errors of their own.',
  needs: ['run'],
  run: ({ run, set }) => {
    const byCause = new Map<string, Consequence[]>();
    for (const c of consequencesOf(run).values()) byCause.set(c.cause, [...(byCause.get(c.cause) ?? []), c]);
    const tool = set.format.words.label;
    const preconditions = preconditionFailures(set, run);
    return [...byCause].flatMap(([cause, steps]): Finding[] => {
      const first = run.traces.find((t) => t.migration.versionText === cause);
      // missing-extension and missing-precondition list what could not be checked without the extension, role or schema.
      if (!first?.up.file || missingExtensionOf(first.up) || preconditions.has(first)) return [];
      const list = steps.map((c) => `${c.trace.migration.versionText} ${STEP_WORDS[c.which]} (${c.error})`).join('; ');
      return [
        {
          check: 'not-checked-after-failure',
          severity: 'notice',
          file: first.up.file.path,
          line: 1,
          version: cause,
          message:
            `${steps.length} later step(s) fail on what ${cause} up would have made, so they were not checked: ${list}. ` +
            `${tool} stops at ${cause}'s failure anyway; its up-failed error is the one to fix.`,
          hint:
            `Fix ${cause} and run again: these are then checked. Later migrations that do not depend on ${cause} were checked as usual, ` +
            `and a failure that names nothing ${cause} creates, drops or renames is reported as that file's own error.`,
        },
      ];
    });
  },
});
