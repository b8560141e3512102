import { schemaAt } from '../engine/schema-at';
import type { MigrationSet } from '../formats/migration-set';
import type { PostgresServer } from '../servers/provider';
import { loadParser } from '../sql/pg-parser';
import { compareSchemas } from './drift';
import type { DeployedSchema } from './facts';
import type { TargetRead } from './inspect';

export interface AnalyseOptions {
  table: string;
  ignore: string[];
  lockTimeoutMs: number;
  /** setup-sql: run on the scratch database before the first migration. */
  setupSql?: string;
}

/** Above this many migrations, drift keeps only the first and the target's snapshots (naming only baseline objects). */
const HISTORY_LIMIT = 150;

/**
 * The target's schema against the schema the migrations build on the scratch server: drift at its version, the version
 * an unversioned target already matches, or which side of a dirty migration it is on.
 */
export async function analyseTarget(set: MigrationSet, server: PostgresServer, target: TargetRead, options: AnalyseOptions): Promise<DeployedSchema> {
  const schema: DeployedSchema = { table: options.table, versionTable: target.versionTable, userTables: target.userTables, notes: [] };
  const actual = target.catalog;
  if (!actual) return schema;
  await loadParser();
  const { deployed } = target;
  const compare = (read: Parameters<typeof compareSchemas>[0], history?: Parameters<typeof compareSchemas>[2]['history']) =>
    compareSchemas(read, actual, { ignore: options.ignore, versionTable: options.table, history });
  const build = { table: options.table, lockTimeoutMs: options.lockTimeoutMs, setupSql: options.setupSql };

  if (deployed.version === undefined) {
    if (target.userTables === 0) return schema;
    // The newest version the target holds entirely (nothing missing or different; extra objects allowed), preferring the one
    // with the fewest extra objects; building stops at the first version after a match that no longer matches.
    let best: { version: string; extra: number } | undefined;
    let closest: { version: string; differences: number } | undefined;
    const built = await schemaAt(set, server, {
      ...build,
      snapshotAfter: () => true,
      stopWhen: (read, m) => {
        const items = compare(read).items.filter((i) => i.severity !== 'notice');
        const errors = items.filter((i) => i.severity === 'error').length;
        if (!closest || errors <= closest.differences) closest = { version: m.versionText, differences: errors };
        if (errors === 0 && (!best || items.length <= best.extra)) best = { version: m.versionText, extra: items.length };
        return errors > 0 && best !== undefined;
      },
    });
    const match = best?.version;
    schema.unversioned = { match, closest: match ? undefined : closest, failedAt: built.failed?.migration.versionText };
    return schema;
  }

  const at = set.migrations.find((m) => m.version === deployed.version);
  if (!at) return schema; // target-unknown-version says why nothing compares
  if (deployed.dirty) {
    const index = set.migrations.indexOf(at);
    const previous = index > 0 ? set.migrations[index - 1] : undefined;
    const built = await schemaAt(set, server, { ...build, upTo: at.version, snapshotAfter: (m) => m === at || m === previous });
    const after = built.snapshots.find((s) => s.migration === at);
    const before = built.snapshots.find((s) => s.migration === previous);
    const currentDiff = after ? compare(after.read).items.filter((i) => i.severity === 'error') : [];
    // Before the first migration the expected schema is empty: every table of the target is then "extra".
    const previousDiff = before ? compare(before.read).items.filter((i) => i.severity === 'error') : [];
    const previousMatches = before ? previousDiff.length === 0 : target.userTables === 0;
    const matches = after && currentDiff.length === 0 ? 'current' : previousMatches ? 'previous' : 'neither';
    schema.dirty = { version: at.versionText, previous: previous?.versionText, matches, previousDiff, currentDiff };
    if (!after)
      schema.unavailable = `${at.versionText} up fails on an empty database too (${built.failed?.message ?? 'see up-failed'}): only the earlier version was compared`;
    return schema;
  }

  const upToTarget = set.migrations.filter((m) => m.version <= at.version);
  const keepAll = upToTarget.length <= HISTORY_LIMIT;
  const built = await schemaAt(set, server, { ...build, upTo: at.version, snapshotAfter: (m, i) => keepAll || i === 0 || m === at });
  const expected = built.snapshots.find((s) => s.migration === at);
  if (!expected) {
    const failure = built.failed ? `${built.failed.migration.versionText} up: ${built.failed.message}` : 'see up-failed';
    schema.unavailable = `the migrations up to ${at.versionText} do not apply on an empty database (${failure}), so the target's schema could not be compared`;
    return schema;
  }
  const drift = compare(expected.read, built.snapshots);
  schema.drift = { ...drift, at: at.versionText };
  schema.notes.push(...drift.notes);
  return schema;
}
