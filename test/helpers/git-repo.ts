import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const IDENTITY = {
  GIT_AUTHOR_NAME: 'Test',
  GIT_AUTHOR_EMAIL: 'test@example.com',
  GIT_COMMITTER_NAME: 'Test',
  GIT_COMMITTER_EMAIL: 'test@example.com',
};

/** A real git repository in a temp directory, with a `migrations/` folder. */
export class TestRepo {
  private constructor(readonly dir: string) {}

  static create(files: Record<string, string>, message = 'base'): TestRepo {
    const repo = new TestRepo(path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-git-')), 'repo'));
    mkdirSync(path.join(repo.dir, 'migrations'), { recursive: true });
    repo.git('init', '-q', '-b', 'main');
    repo.write(files);
    repo.commit(message);
    return repo;
  }

  /** Clones `source` the way actions/checkout does by default: one commit of one branch, over a real transport. */
  static shallowClone(source: TestRepo, branch: string): TestRepo {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-git-clone-')), 'repo');
    execFileSync('git', ['clone', '-q', '--depth=1', '--no-tags', '--branch', branch, `file://${source.dir}`, dir]);
    return new TestRepo(dir);
  }

  /** A full clone of `source`, as `git clone` makes one: origin/HEAD names the source's branch (the remote's default branch). */
  static clone(source: TestRepo): TestRepo {
    const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'mg-git-clone-')), 'repo');
    execFileSync('git', ['clone', '-q', '--no-tags', `file://${source.dir}`, dir]);
    return new TestRepo(dir);
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, env: { ...process.env, ...IDENTITY }, encoding: 'utf8' }).trim();
  }

  /** `{ name: content }` under migrations/; null deletes the file. */
  write(files: Record<string, string | null>): void {
    for (const [name, content] of Object.entries(files)) {
      const file = path.join(this.dir, 'migrations', name);
      if (content === null) rmSync(file);
      else writeFileSync(file, content);
    }
  }

  commit(message: string): string {
    this.git('add', '-A');
    this.git('commit', '-q', '--allow-empty', '-m', message);
    return this.git('rev-parse', 'HEAD');
  }

  get migrations(): string {
    return path.join(this.dir, 'migrations');
  }
}

/** n sequential create-table migrations, each with its down. */
export function tables(...versions: number[]): Record<string, string> {
  return Object.fromEntries(
    versions.flatMap((v) => {
      const id = String(v).padStart(6, '0');
      return [
        [`${id}_t${v}.up.sql`, `CREATE TABLE t${v} (id int);\n`],
        [`${id}_t${v}.down.sql`, `DROP TABLE t${v};\n`],
      ];
    }),
  );
}
