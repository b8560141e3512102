import { blocksTraffic } from '../deployed/observe';
import { defineCheck } from './check';
import { rehearsed } from '../check-support/rehearsal-step-failure';

export const rehearsalLongLock = defineCheck({
  id: 'rehearsal-long-lock',
  severity: 'warning',
  summary:
    'On the rehearsal copy, a pending migration held a lock that blocks reads or writes on an existing table longer than rehearsal-lock-threshold.',
  needs: ['deployed'],
  run: ({ deployed }) => {
    const threshold = deployed.rehearsal?.thresholdMs ?? 1000;
    return rehearsed(deployed).flatMap((r) =>
      (['up', 'down', 'reup'] as const).flatMap((name) => {
        const step = r[name];
        return step.locks
          .filter((l) => blocksTraffic(l.mode) && l.ms > threshold)
          .map((l) => {
            const rewrite = step.tables.find((t) => t.table === l.table && t.rewritten);
            return {
              check: 'rehearsal-long-lock',
              severity: 'warning' as const,
              file: step.file?.path,
              line: 1,
              version: r.migration.versionText,
              message:
                `migration ${r.migration.versionText} ${name === 'reup' ? 'up (second time)' : name} held ${l.mode} on ${l.table.replace(/^public\./, '')} for ${(l.ms / 1000).toFixed(1)} s on the rehearsal copy, blocking ${l.blocks}` +
                (rewrite ? `; it rewrote the table (${formatBytes(rewrite.bytes)})` : ''),
              hint: 'Production would queue every query on that table behind this lock for as long. Use the non-blocking form (CREATE INDEX CONCURRENTLY, ADD CONSTRAINT ... NOT VALID then VALIDATE, a nullable column then a batched backfill), and set lock_timeout.',
            };
          });
      }),
    );
  },
});

function formatBytes(n: number): string {
  return n >= 1 << 30 ? `${(n / (1 << 30)).toFixed(1)} GB` : n >= 1 << 20 ? `${(n / (1 << 20)).toFixed(1)} MB` : `${Math.round(n / 1024)} kB`;
}
