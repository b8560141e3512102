import type { Finding, Severity } from '../findings';

/**
 * One cause, one finding: the judge's step between the checks and everything that counts findings.
 * - findings of one check at one statement (same check, file and line) become one, listing what they name;
 * - a rehearsal finding that repeats the seeded-row finding of the same migration folds into it ("confirmed on the
 *   copy's rows");
 * - scan and lock findings go for a statement that any existing row breaks (`up-fails-on-data` as an error): it can
 *   only pass on an empty table, where nothing is scanned and the lock is brief.
 * It runs on the checks' own severities (before configured ones), so an error of up-fails-on-data means "any row".
 */
export function oneCausePerFinding(findings: Finding[]): Finding[] {
  return dropMootLockFindings(foldRehearsals(mergeSameStatement(findings)));
}

const RANK: Record<Severity, number> = { error: 3, warning: 2, notice: 1 };

/** The rehearsal check and the seeded-row check it confirms. */
const CONFIRMS: readonly { rehearsal: string; seeded: string }[] = [
  { rehearsal: 'rehearsal-up-failed', seeded: 'up-fails-on-data' },
  { rehearsal: 'rehearsal-lost-rows', seeded: 'down-loses-data' },
];

export function foldRehearsals(findings: Finding[]): Finding[] {
  const out = [...findings];
  for (const { rehearsal, seeded } of CONFIRMS) {
    for (const r of out.filter((f) => f.check === rehearsal && f.version !== undefined)) {
      const i = out.findIndex((f) => f.check === seeded && f.version === r.version);
      if (i < 0) continue;
      const s = out[i];
      out[i] = {
        ...s,
        severity: RANK[r.severity] > RANK[s.severity] ? r.severity : s.severity,
        message: `${s.message.replace(/\s+$/, '')} Confirmed on the copy's rows: ${r.message}`,
        relations: union(s.relations, r.relations),
      };
      out.splice(out.indexOf(r), 1);
    }
  }
  return out;
}

/** Checks that speak of scans, rewrites and locks a statement takes on a table holding rows. */
const SCAN_AND_LOCK = new Set([
  'validating-constraint',
  'lock-held-across-statements',
  'table-rewrite',
  'blocking-index-build',
  'foreign-key-locks-parent',
]);

const place = (f: Finding) => `${f.file ?? ''}:${String(f.line ?? '')}`;

export function dropMootLockFindings(findings: Finding[]): Finding[] {
  const anyRow = new Set(findings.filter((f) => f.check === 'up-fails-on-data' && f.severity === 'error' && f.line !== undefined).map(place));
  if (!anyRow.size) return findings;
  return findings.filter((f) => !(SCAN_AND_LOCK.has(f.check) && f.line !== undefined && anyRow.has(place(f))));
}

/** Drift names objects of the deployed database, placed at the migration that creates each: one finding per object. */
const PER_OBJECT = new Set(['drift-missing', 'drift-changed', 'drift-extra']);

export function mergeSameStatement(findings: Finding[]): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: (Finding | Finding[])[] = [];
  for (const f of findings) {
    if (f.file === undefined || f.line === undefined || PER_OBJECT.has(f.check)) {
      out.push(f);
      continue;
    }
    const key = `${f.check}\u0000${f.file}\u0000${f.line}`;
    const group = groups.get(key);
    if (group) group.push(f);
    else {
      const fresh = [f];
      groups.set(key, fresh);
      out.push(fresh);
    }
  }
  return out.map((g) => (Array.isArray(g) ? merged(g) : g));
}

function merged(group: Finding[]): Finding {
  if (group.length === 1) return group[0];
  const messages = [...new Set(group.map((f) => f.message.replace(/\.\s*$/, '')))];
  const message =
    messages.length === 1
      ? `${messages[0]} (${group.length} times here).`
      : `${group.length} at this line: ${messages.map((m, i) => `(${i + 1}) ${m}`).join('; ')}.`;
  const hints = [...new Set(group.map((f) => f.hint).filter((h): h is string => !!h))];
  return {
    ...group[0],
    severity: group.reduce<Severity>((s, f) => (RANK[f.severity] > RANK[s] ? f.severity : s), group[0].severity),
    message,
    hint: hints.length ? hints.join(' ') : undefined,
    relations: group.reduce<string[] | undefined>((r, f) => union(r, f.relations), undefined),
  };
}

function union(a?: string[], b?: string[]): string[] | undefined {
  return a || b ? [...new Set([...(a ?? []), ...(b ?? [])])] : undefined;
}
