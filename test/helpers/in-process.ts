import { check } from '../../src/main';
import type { Outcome } from '../../src/outcome';
import type { Logger } from '../../src/log';
import { buildJsonReport, type JsonReport } from '../../src/report/json';
import { parseCommandLine } from '../../src/settings/command-line';
import type { Settings } from '../../src/settings/settings';
import { ROOT } from './processes';

export interface InProcessRun {
  outcome: Outcome;
  /** The JSON report `--format json` prints for this outcome. */
  report: JsonReport;
  /** Every line the pipeline logged (the CLI's stderr without the progress lines). */
  log: string[];
}

/**
 * `migration-guard check DIR ARGS...` run in this process, as cli.ts runs it: the command line read from `cwd` (the
 * repository's root unless a test gives its own folder), the check pipeline (src/main.ts), the JSON report. `settings`
 * overrides what no flag sets (a test's smaller segments). Test files that want the shared server mock the provider
 * (test/helpers/shared-server.ts).
 */
export async function checkInProcess(
  dir: string,
  args: string[] = [],
  settings: Partial<Settings> = {},
  env: NodeJS.ProcessEnv = process.env,
  asUser = false,
  cwd = ROOT,
): Promise<InProcessRun> {
  // As runCli: `--scope all` unless the test gives a scope or asks for the user's defaults (history folded), so that every
  // migration's findings are listed and no base is taken from this clone's remote.
  const given = asUser || args.some((a) => a === '--scope' || a.startsWith('--scope='));
  const scoped = given ? args : [...args, '--scope', 'all'];
  const request = parseCommandLine(['check', dir, '--format', 'json', ...scoped], cwd, env);
  if (request.kind !== 'check') throw new Error(`not a check: ${request.kind}`);
  const lines: string[] = [];
  const log: Logger = {
    info: (m) => lines.push(m),
    notice: (m) => lines.push(`note: ${m}`),
    warning: (m) => lines.push(`warning: ${m}`),
    group: (_name, fn) => fn(),
  };
  const resolved = { ...request.command.settings, ...settings };
  const outcome = await check(resolved, { log });
  return { outcome, report: buildJsonReport(outcome, resolved.root), log: lines };
}
