import type { DeployedVersion } from '../deployed/version';
import type { RehearsalStep } from '../deployed/facts';
import { markdownCode, markdownText } from './escape';
import { formatMs } from './step-labels';

/** The deployed database's schema comparison and rehearsal, as plain JSON (report.target.schema / .rehearsal). */
export function deployedJson(deployed: DeployedVersion) {
  const s = deployed.schema;
  const r = deployed.rehearsal;
  return {
    schema: s && {
      versionTable: s.versionTable,
      userTables: s.userTables,
      notes: s.notes,
      unavailable: s.unavailable,
      drift: s.drift && {
        at: s.drift.at,
        platform: s.drift.platform,
        differences: s.drift.items.map((i) => ({
          change: i.change,
          severity: i.severity,
          kind: i.kind,
          name: i.name,
          text: i.text,
          version: i.createdBy?.versionText,
        })),
      },
      unversioned: s.unversioned,
      dirty: s.dirty && { ...s.dirty, previousDiff: s.dirty.previousDiff.map((i) => i.text), currentDiff: s.dirty.currentDiff.map((i) => i.text) },
    },
    rehearsal: r && {
      where: r.where,
      leftAt: r.leftAt,
      lockThresholdMs: r.thresholdMs,
      migrations: r.migrations.map((m) => ({
        version: m.migration.versionText,
        lostRows: m.lostRows,
        steps: { up: stepJson(m.up), down: stepJson(m.down), reup: stepJson(m.reup) },
      })),
    },
  };
}

function stepJson(step: RehearsalStep) {
  return {
    status: step.status,
    ms: Math.round(step.ms),
    reason: step.reason,
    error: step.error?.message,
    line: step.error?.line,
    locks: step.locks.map((l) => ({ ...l, ms: Math.round(l.ms) })),
    tables: step.tables,
  };
}

/** Summary lines: the deployed schema in one sentence, then the rehearsal table. */
export function deployedMarkdown(deployed: DeployedVersion): string[] {
  const out: string[] = [];
  const s = deployed.schema;
  if (s?.drift) {
    const n = (c: string) => s.drift?.items.filter((i) => i.change === c && i.severity !== 'notice').length ?? 0;
    out.push(
      `Deployed schema at ${markdownCode(s.drift.at)} compared with the migrations: ${n('missing')} missing, ${n('changed')} changed, ${n('extra')} extra.` +
        (s.notes.length ? ` ${markdownText(s.notes.join('; '))}.` : ''),
    );
  }
  const r = deployed.rehearsal;
  if (!r) return out;
  out.push(
    '',
    `#### Rehearsal on ${markdownText(r.where)} (real rows)`,
    '',
    `The copy is ${markdownText(r.leftAt)}.`,
    '',
    '| Migration | Up | Down | Up again | Locks on existing tables | Rewrites and rows |',
    '| --- | --- | --- | --- | --- | --- |',
  );
  for (const m of r.migrations) {
    const steps = [m.up, m.down, m.reup];
    const locks = steps.flatMap((st) => st.locks).map((l) => `${l.mode} on ${l.table} ${formatMs(l.ms)} (blocks ${l.blocks})`);
    const tables = [
      ...new Set(
        steps
          .flatMap((st) => st.tables)
          .map((t) => `${t.table}: ${t.rewritten ? `rewritten (${Math.round(t.bytes / 1024)} kB), ` : ''}+${t.inserted} ~${t.updated} -${t.deleted}`),
      ),
    ];
    const lost = m.lostRows.map((l) => `${l.table}: rows lost by the down (${l.rowsBefore} → ${l.rowsAfter})`);
    out.push(
      `| ${markdownCode(m.migration.versionText)} | ${cellOf(m.up)} | ${cellOf(m.down)} | ${cellOf(m.reup)} | ${markdownText(locks.join('; ') || 'none seen')} | ${markdownText([...tables, ...lost].join('; ') || 'none')} |`,
    );
  }
  return out;
}

function cellOf(step: RehearsalStep): string {
  if (step.status === 'ok') return formatMs(step.ms);
  if (step.status === 'failed') return `❌ ${formatMs(step.ms)}${step.error?.line ? ` (line ${step.error.line})` : ''}`;
  return `– ${markdownText(step.reason ?? '')}`;
}
