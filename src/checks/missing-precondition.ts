import { defineCheck } from './check';
import { consequencesOf } from '../check-support/failure-consequences';
import { preconditionFailures, provideStatement, type Precondition } from '../check-support/precondition-error';

const STEP_WORDS = { up: 'up', down: 'down', reup: 'up again' } as const;

const named = (p: Precondition): string => `${p.kind} "${p.name}"`;

/**
 * Roles and schemas the migrations use and none of them creates (the platform's image or a setup script provides them):
 * one finding naming them, the migrations that could not be checked without them, and the setup-sql that provides them.
 * Not the files' bug as written, so "could not check" (exit code 2); the up-failed errors they caused are not repeated.
 */
export const missingPrecondition = defineCheck({
  id: 'missing-precondition',
  severity: 'error',
  summary: 'Migrations need a role or schema none of them creates, so they and what uses them could not be checked; setup-sql provides them.',
  needs: ['run'],
  couldNotCheck: true,
  run: ({ set, run }) => {
    const failures = preconditionFailures(set, run);
    if (!failures.size) return [];
    const first = [...failures.keys()][0];
    if (!first.up.file) return [];
    const objects = new Map<string, Precondition>();
    for (const p of failures.values()) objects.set(named(p), p);
    const causes = new Set([...failures.keys()].map((t) => t.migration.versionText));
    const after = [...consequencesOf(run).values()]
      .filter((c) => causes.has(c.cause))
      .map((c) => `${c.trace.migration.versionText} ${STEP_WORDS[c.which]}`);
    const failed = [...failures].map(([t, p]) => `${t.migration.versionText} (${named(p)})`);
    const sql = [...objects.values()].map(provideStatement).join(' ');
    return [
      {
        check: 'missing-precondition',
        severity: 'error',
        file: first.up.file.path,
        line: first.up.error?.line ?? 1,
        version: first.migration.versionText,
        message:
          `the migrations use ${[...objects.keys()].join(', ')}, which none of them creates, so ${failed.length} migration(s) could not be checked: ${failed.join(', ')}` +
          (after.length ? `, nor ${after.length} later step(s) that use what those would have made: ${after.join(', ')}` : '') +
          '. The platform or a setup script provides these in production; the scratch database has none of them.',
        hint:
          `Provide them before the first migration with setup-sql (CLI --setup-sql FILE, or setup-sql: in .migration-guard.yml), a file holding: ${sql} ` +
          "(the README has a preset for Supabase's roles and schemas).",
      },
    ];
  },
});
