import type { MigrationFormat } from '../formats/format';
import { loadParser } from '../sql/pg-parser';
import { connectionOf } from './connect';
import { compareSchemas } from './drift';
import { sameAddress, sameDatabase } from './identity';
import { readTarget, type TargetRead } from './inspect';

/**
 * Why `rehearsal-database-url` must not be used, or undefined when it is a copy of the target at the same version:
 * it must not name the target itself (same host, port and database once `localhost`, 127.0.0.1 and a socket are taken as
 * one machine; or the same cluster system identifier and database OID), and its version row and schema must be the target's.
 * The copy is only read here (read-only transaction); the target is not contacted again.
 */
export async function refuseRehearsal(
  format: MigrationFormat,
  table: string,
  targetUrl: string,
  copyUrl: string,
  target: TargetRead,
): Promise<string | undefined> {
  const a = connectionOf(targetUrl, 'target-database-url');
  const b = connectionOf(copyUrl, 'rehearsal-database-url');
  const refuse = (why: string) => `rehearsal-database-url refused, nothing was run: ${why}`;
  if (sameAddress(a.config, b.config))
    return refuse(`it names the target database itself (${b.shown} and ${a.shown} are the same host, port and database); give a disposable copy`);
  const copy = await readTarget(format, copyUrl, table, { catalog: true, input: 'rehearsal-database-url' });
  const system = copy.identity.system;
  if (system !== undefined && sameDatabase(target.identity, copy.identity)) {
    return refuse(
      `${b.shown} reaches the same database as target-database-url (system identifier ${system}, database OID ${copy.identity.databaseOid}); give a disposable copy`,
    );
  }
  const version = (r: TargetRead) =>
    `${r.deployed.version ?? 'none'}${r.deployed.dirty ? ' (dirty)' : ''}${r.deployed.applied ? ` [${r.deployed.applied.join(',')}]` : ''}`;
  if (version(copy) !== version(target)) {
    return refuse(
      `the copy is at version ${version(copy)} and the target at ${version(target)}: refresh the copy from the target (a new branch or snapshot) so that the rehearsal shows what a deploy would do`,
    );
  }
  if (target.catalog && copy.catalog) {
    await loadParser();
    const differences = compareSchemas(target.catalog, copy.catalog, { ignore: [], versionTable: table }).items.filter(
      (i) => i.severity !== 'notice',
    );
    if (differences.length) {
      return refuse(
        `the copy's schema differs from the target's (${differences
          .slice(0, 3)
          .map((d) =>
            d.text
              .replace('is created by the migrations but missing from the target', 'is missing from the copy')
              .replace('is in the target but no migration creates it', 'is only in the copy'),
          )
          .join('; ')}${differences.length > 3 ? `; and ${differences.length - 3} more` : ''}): refresh the copy from the target`,
      );
    }
  }
  return undefined;
}
