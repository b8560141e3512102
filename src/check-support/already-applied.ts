import type { BaseComparison, BaseFile } from '../git/base-facts';
import type { MigrationFile } from '../formats/migration-set';
import type { DeployedVersion } from '../deployed/version';
import type { MigrationSet } from '../formats/migration-set';

/** Helpers shared by the checks that compare with what is already applied. */

/** What is known to be applied: the base's files and the deployed database's version, each when known. */
interface Applied {
  base?: BaseComparison;
  deployed?: DeployedVersion;
}

/** Lookups by name and by rename target, built once per base: the checks ask for every file of the directory. */
const indexes = new WeakMap<BaseComparison, { byName: Map<string, BaseFile>; renamedTo: Map<string, string> }>();
function indexOf(base: BaseComparison) {
  let index = indexes.get(base);
  if (!index) {
    index = {
      byName: new Map(base.files.map((f) => [sectionKey(f.name, f.direction), f])),
      renamedTo: new Map([...base.renames].map(([from, to]) => [to, from])),
    };
    indexes.set(base, index);
  }
  return index;
}

/** goose and dbmate keep both directions in one file: a base section is found by name and direction. */
const sectionKey = (name: string, direction: string) => `${direction} ${name}`;

export function baseFileNamed(base: BaseComparison, name: string, direction?: 'up' | 'down'): BaseFile | undefined {
  const { byName } = indexOf(base);
  return direction ? byName.get(sectionKey(name, direction)) : (byName.get(sectionKey(name, 'up')) ?? byName.get(sectionKey(name, 'down')));
}

/** The base file a current file continues: same name, or renamed from it. */
export function originOf(base: BaseComparison, file: MigrationFile): BaseFile | undefined {
  const from = indexOf(base).renamedTo.get(file.path);
  return baseFileNamed(base, file.name, file.direction) ?? (from === undefined ? undefined : baseFileNamed(base, from, file.direction));
}

/** Highest version applied anywhere we know of: at the base, or on the deployed database. */
export function highestApplied({ base, deployed }: Applied): { version: bigint; versionText: string; where: string } | undefined {
  let best: { version: bigint; versionText: string; where: string } | undefined;
  if (base) {
    for (const f of base.files) {
      if (!best || f.version > best.version) best = { version: f.version, versionText: f.versionText, where: `merged at ${base.label}` };
    }
  }
  if (deployed?.version !== undefined && (!best || deployed.version > best.version)) {
    best = { version: deployed.version, versionText: deployed.version.toString(), where: `deployed on ${deployed.where}` };
  }
  return best;
}

/** The version a new migration should take: one past everything in the directory, the base and the deployed database. */
export function nextFreeVersion({ set, base, deployed }: Applied & { set: MigrationSet }, width: number): string {
  let max = 0n;
  for (const v of [...set.migrations.map((m) => m.version), ...(base?.files ?? []).map((f) => f.version), deployed?.version ?? 0n]) {
    if (v > max) max = v;
  }
  return (max + 1n).toString().padStart(width, '0');
}

export const shortCommit = (base: BaseComparison) => base.commit.slice(0, 12);

/** `git checkout <base> -- <path>` for a file of the migrations directory, runnable from the repository root. */
export function restoreCommand(base: BaseComparison, name: string): string {
  return `git checkout ${shortCommit(base)} -- ${base.dirInRepo ? `${base.dirInRepo}/` : ''}${name}`;
}

/** True when the base had this half of the migration: its absence is reported as applied-deleted, once. */
export function deletedSinceBase(base: BaseComparison | undefined, version: bigint, direction: 'up' | 'down'): boolean {
  return !!base?.files.some((f) => f.version === version && f.direction === direction);
}
