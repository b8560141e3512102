import type { FailOn, Severity } from '../findings';
import type { ToolChoice } from '../formats';
import type { ProviderChoice } from '../servers/select-provider';

/** Everything a run needs, parsed once from action inputs or CLI flags. Only this folder reads the environment. */
export interface Settings {
  /** Directory of golang-migrate files. */
  migrationsPath: string;
  postgres: ProviderChoice;
  databaseUrl?: string;
  /** Major version to run, e.g. "16"; any when absent. */
  postgresVersion?: string;
  /** Docker image for the docker provider. */
  postgresImage?: string;
  /** Which tool's rules read the directory: `auto` decides from the files. */
  migrationTool: ToolChoice;
  /** The tool's version table (golang-migrate's x-migrations-table); undefined: the tool's default. */
  migrationsTable?: string;
  failOn: FailOn;
  disabled: Set<string>;
  /** Paths in reports are relative to this directory. */
  root: string;
  /** Branch, tag or commit whose migrations count as applied (base-ref / --base). */
  baseRef?: string;
  /** The base commit the event names: a pull request's or merge group's base, or the commit a push moved the branch from. */
  pullRequestBase?: string;
  /** How that base is named in messages: "the pull request's base", "the commit before this push". */
  pullRequestBaseLabel?: string;
  /** A deployed database whose schema_migrations row is read, never written. */
  targetDatabaseUrl?: string;
  /** Compare the target's schema with the migrations' (default: on when targetDatabaseUrl is given). */
  drift: boolean;
  /** drift-ignore: name patterns (`*`, `?`) of objects that are not drift. */
  driftIgnore: string[];
  /** A disposable copy of the target on which the pending migrations are rehearsed up/down/up. */
  rehearsalDatabaseUrl?: string;
  /** rehearsal-long-lock reports locks that block traffic held longer than this (ms). */
  rehearsalLockThresholdMs: number;
  /** Limits in milliseconds (0: none): per file, per lock wait, and for the whole run. */
  statementTimeoutMs: number;
  lockTimeoutMs: number;
  runTimeoutMs: number;
  /**
   * `changed`: only migrations added or edited since the base get up/down/up; the others are applied up once. `all`, set
   * explicitly: every migration, and every lock and data finding listed. Unset: every migration gets up/down/up, and
   * the lock and data findings outside the change are folded into one notice per check (pipeline/scope.ts).
   */
  scope?: 'all' | 'changed';
  /**
   * The command line outside GitHub Actions: with no base given, take the merge base of HEAD and the remote's default
   * branch (refs/remotes/origin/HEAD) as the base, as the action does on pull requests. Off with `--scope all`.
   */
  defaultBranchBase?: boolean;
  /**
   * setup-sql: SQL run on each fresh scratch database before its first migration (Flyway's initSql), for what the platform
   * provides and no migration creates: roles, schemas, stub functions. Read when the settings are.
   */
  setupSql?: { file: string; sql: string };
  /** Seed the tables each migration touches with generated rows (seed-data; default true): data checks up-fails-on-data, down-loses-data. */
  seedData: boolean;
  /** Observe locks, rewrites and scans during each first up (observe; default true): the lock and rewrite checks. */
  observe: boolean;
  /** Try a fix for each fixable finding of the change and offer it only once a scratch run proved it (fixes; default true; src/fixes/). */
  fixes: boolean;
  /** Passwords of the connection strings (whichever form or source they came from): masked in every output. */
  secrets: string[];
  /** One-line notes about the connections, e.g. what sslmode=require means; printed before the run. */
  connectionNotes: string[];
  /** Per-check severities from .migration-guard.yml (`checks: { id: error }`). */
  severities: Map<string, Severity>;
  /** Findings on tables with more estimated rows than this in target-database-url become errors. */
  largeTableRows: number;
  /** The config file read, when there was one. */
  configFile?: string;
  /**
   * Segments checked at the same time (jobs / --jobs): at most `max`; `auto` (the default, max = the machine's cores)
   * lets the engine decide from the work (parallel/segments.ts planAuto). Small directories still run as one.
   */
  jobs: { max: number; auto: boolean };
  /** shard / --shard k/n: check only segment k of n (a workflow matrix); `merge` joins the shards' JSON reports. */
  shard?: { index: number; of: number };
  /**
   * Fewest migrations per segment (default: the engine's MIN_SEGMENT). No input, flag, config key or variable sets it:
   * only tests that call check() in-process lower it, to split small directories.
   */
  minSegment?: number;
  /**
   * Re-read the whole catalog after every step instead of only what the step touched (EngineOptions.trackChanges false).
   * Like minSegment, only tests that call check() in-process set it: every fixture must give the same findings both ways.
   */
  wholeSnapshots?: boolean;
}

/** A repository (https://github.com/owner/name) and the ref whose docs/checks pages reports link to. */
export interface DocsSource {
  repositoryUrl: string;
  ref: string;
}

/** What the action knows about the repository and pull request it runs for (from the runner's environment and event). */
export interface GitHubContext {
  serverUrl: string;
  apiUrl: string;
  /** owner/name */
  repository?: string;
  /** The workflow run, where the job summary can be read. */
  runUrl?: string;
  pullRequest?: { number: number; headSha?: string };
}

export interface ActionSettings extends Settings {
  reportPath: string;
  /** merge-reports: paths or globs of shards' JSON reports to merge instead of running (report/merge.ts). */
  mergeReports: string[];
  sarifFile?: string;
  /** Post or update the sticky PR comment (pull requests only). */
  comment: boolean;
  githubToken?: string;
  github: GitHubContext;
  /** Where the check pages linked from annotations, SARIF and the comment live: the action's own repository and ref. */
  docs?: DocsSource;
}
