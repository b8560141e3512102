import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const CLI = path.join(ROOT, 'dist', 'cli', 'index.js');
export const ACTION = path.join(ROOT, 'dist', 'index.js');
export const FIXTURES = path.join(ROOT, 'migrations-fixtures');

export interface ProcessResult {
  /** The process id, which names the clusters it created (migration-guard-<pid>-*). */
  pid: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runProcess(file: string, args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file, ...args], { cwd: options.cwd ?? ROOT, env: options.env ?? process.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.once('error', reject);
    child.once('exit', (code) => resolve({ pid: child.pid!, code, stdout, stderr }));
  });
}

/**
 * The bundled CLI, as `npx migration-guard` runs it. A check gets `--scope all` unless the test gives a scope: the
 * tests read every migration's findings, as the fixture tables list them, and take no base from this clone's remote
 * (history folding has its own tests, which give `--scope` themselves or call runCliAsUser).
 */
export function runCli(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessResult> {
  const scoped = args[0] === 'check' && !args.some((a) => a === '--scope' || a.startsWith('--scope='));
  return runProcess(CLI, scoped ? [...args, '--scope', 'all'] : args, options);
}

/** The bundled CLI exactly as given: the defaults a user gets (history folded, the remote's default branch as base). */
export function runCliAsUser(args: string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): Promise<ProcessResult> {
  return runProcess(CLI, args, options);
}

export interface ActionResult extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
  report?: unknown;
}

/**
 * The bundled action with the environment a runner gives it: INPUT_* for each
 * input, the GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files, an event payload.
 */
export async function runAction(inputs: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): Promise<ActionResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-action-test-'));
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary'), event: path.join(dir, 'event.json') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.event, JSON.stringify({}));
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_WORKSPACE: ROOT,
    GITHUB_OUTPUT: files.output,
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_EVENT_PATH: files.event,
    GITHUB_EVENT_NAME: 'push',
    RUNNER_TEMP: dir,
    GITHUB_ACTIONS: 'true',
    ...extraEnv,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runProcess(ACTION, [], { env });
  const outputs = parseOutputFile(readFileSync(files.output, 'utf8'));
  const report = outputs.report ? JSON.parse(readFileSync(outputs.report, 'utf8')) : undefined;
  return { ...result, outputs, summary: readFileSync(files.summary, 'utf8'), report };
}

/** GITHUB_OUTPUT uses `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    outputs[m[1]] = value.join('\n');
  }
  return outputs;
}

/** `::error file=a,line=3,title=x::message` -> its parts. */
export function parseWorkflowCommands(stdout: string): { level: string; props: Record<string, string>; message: string }[] {
  return stdout.split('\n').flatMap((line) => {
    const m = /^::(error|warning|notice)(?: ([^:]*))?::(.*)$/.exec(line);
    if (!m) return [];
    const props = Object.fromEntries(
      (m.at(2) ?? '')
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const [k, ...v] = kv.split('=');
          return [k, decodeURIComponent(v.join('=').replace(/%2C/g, ',').replace(/%3A/g, ':'))];
        }),
    );
    return [{ level: m[1], props, message: m[3].replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%') }];
  });
}
