/** `migration-guard --help` and `migration-guard help`. */
export const GENERAL_USAGE = `Usage: migration-guard <command> [options]

Proves SQL migrations (golang-migrate, goose, dbmate) safe on a throw-away
PostgreSQL: up, down and up again, with catalog snapshots.

Commands:
  check [DIR]        check the migrations in DIR (default: migrations)
  merge REPORT...    merge the JSON reports of check --shard k/n into one report
  help [COMMAND]     show the help of a command

Options:
  --version          print the version
  -h, --help         show this help

Run 'migration-guard help check' for the options of check.`;

/** `migration-guard help check` and `migration-guard check --help`. */
export const CHECK_USAGE = `Usage: migration-guard check [DIR] [options]

Applies every migration in DIR (default: migrations) up, down and up again on a
throw-away PostgreSQL, as golang-migrate, goose or dbmate would, and checks the
directory itself.

Options:
  --postgres auto|local|embedded|docker|url   how to get a PostgreSQL (default: auto)
  --database-url URL          server to create a scratch database on (implies url)
  --postgres-version N        major version to run, e.g. 16
  --postgres-image IMAGE      image for the docker provider (default: postgres:<version>-alpine)
  --migration-tool auto|golang-migrate|goose|dbmate
                              the tool that runs DIR (default: auto, decided from the files)
  --migrations-table NAME     the tool's version table (default: schema_migrations for
                              golang-migrate and dbmate, goose_db_version for goose)
  --fail-on error|warning|never  lowest severity that fails the run (default: error)
  --disable CHECK,...         checks to skip
  --base REF                  branch, tag or commit whose migrations are already applied
                              (e.g. the last release tag); enables the history checks
  --target-database-url URL   deployed database: read its version table and schema (read-only)
  --drift true|false          compare the target's schema with the migrations' (default: true)
  --drift-ignore PATTERN,...  objects that are not drift, e.g. 'public.legacy_*'
  --rehearsal-database-url URL  a disposable copy of the target: the pending migrations are
                              rehearsed there up, down and up (it is left migrated)
  --rehearsal-lock-threshold D  report locks that block traffic held longer (default: 1s)
  --statement-timeout D       cancel a file that runs longer (default: 5m; 0: none)
  --lock-timeout D            PostgreSQL lock_timeout for every file (default: 30s)
  --run-timeout D             end the whole run with a partial report (default: 30m)
  --scope all|changed         changed: with a base, only added or edited migrations get
                              up/down/up; the others are applied up once (default: changed
                              on a pull request in GitHub Actions, all otherwise)
  --no-seed-data              run on empty tables: no generated rows, so no up-fails-on-data
  --no-observe                do not watch locks, rewrites and scans during each first up
                              or down-loses-data (default: seed the tables each migration touches)
  --large-table-rows N        with --target-database-url, findings on tables with more
                              estimated rows become errors (default: 1000000)
  -j, --jobs N|auto           segments checked at the same time, each in its own database,
                              with the findings of one sequential run (default: auto, the
                              machine's cores; directories under 80 migrations run as one)
  --shard k/n                 check only the k-th of n parts (a workflow matrix); merge the
                              JSON reports with 'migration-guard merge'
  --format text|json|github|sarif  output format (default: text)
  --output FILE               write the report to FILE instead of standard output
  -q, --quiet                 print only the findings and the verdict line
  -h, --help                  show this help

Inside GitHub Actions (GITHUB_ACTIONS=true) the base is read from the event, as the
action does: a pull request's or merge group's base, or the commit before a push.
Colour: on when standard output is a terminal; NO_COLOR turns it off, FORCE_COLOR on.

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad usage or infrastructure failure.`;

/** `migration-guard help merge` and `migration-guard merge --help`. */
export const MERGE_USAGE = `Usage: migration-guard merge REPORT... [options]

Merges the JSON reports of 'migration-guard check --shard k/n --format json'
(one per shard, every shard once) into one report: findings, verdict and exit
code as one run over the whole directory would give them. Says so when a shard
did not start from the database the shard before it ended with.

Options:
  --format text|json|github|sarif  output format (default: text)
  --output FILE               write the report to FILE instead of standard output
  -q, --quiet                 print only the findings and the verdict line
  -h, --help                  show this help

Exit codes: 0 nothing at or above the shards' fail-on, 1 findings at or above it,
2 bad usage, reports that cannot be merged, or a shard that could not finish.`;
