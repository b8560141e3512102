import { execFile } from 'node:child_process';

/** A git command that failed; the message is git's own first line of complaint. */
export class GitError extends Error {}

export interface GitOptions {
  env?: NodeJS.ProcessEnv;
  /** Written to git's standard input (for --batch commands). */
  input?: string;
}

/**
 * Runs git in `cwd` and returns its standard output as bytes (file contents
 * must survive untouched). Quoting of unusual path names is off so that paths
 * come back as they are on disk.
 */
export function git(cwd: string, args: string[], options: GitOptions = {}): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      'git',
      ['-c', 'core.quotePath=false', ...args],
      { cwd, encoding: 'buffer', maxBuffer: 1024 * 1024 * 1024, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', ...options.env } },
      (error, stdout, stderr) => {
        if (!error) {
          resolve(stdout);
          return;
        }
        const why = stderr
          .toString('utf8')
          .split('\n')
          .map((l) => l.trim())
          .find((l) => l && !l.startsWith('hint:'));
        const cause = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'git is not installed' : (why ?? error.message);
        reject(new GitError(`git ${args[0]}: ${cause}`));
      },
    );
    // git may exit before reading its input (a failing command); that shows in its exit status, not as EPIPE.
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(options.input);
  });
}

/** Like git(), as trimmed text. */
export async function gitText(cwd: string, args: string[], options?: GitOptions): Promise<string> {
  return (await git(cwd, args, options)).toString('utf8').trim();
}
