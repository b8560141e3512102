import type { StepResult } from '../engine/trace';

/**
 * The extension a step needed and the server does not have, from PostgreSQL's own words:
 * 16 and later say `extension "vector" is not available` (SQLSTATE 0A000), 15 and earlier
 * `could not open extension control file ".../vector.control": No such file or directory` (58P01).
 */
export function missingExtensionOf(step: StepResult): string | undefined {
  const e = step.error;
  if (step.status !== 'failed' || !e) return undefined;
  return (
    /^extension "([^"]+)" is not available/.exec(e.message)?.[1] ??
    /could not open extension control file "(?:[^"]*\/)?([^"/]+)\.control"/.exec(e.message)?.[1]
  );
}

/** How to get a server that has an extension, for the ones teams use most; `major` is the server's major version. */
export function extensionSource(name: string, major: string): { image?: string; debian?: string } {
  const m = major || '16';
  const known: Record<string, { image?: string; debian?: string }> = {
    vector: { image: `pgvector/pgvector:pg${m}`, debian: `postgresql-${m}-pgvector` },
    postgis: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
    postgis_topology: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
    postgis_raster: { image: `postgis/postgis:${m}-3.5`, debian: `postgresql-${m}-postgis-3` },
    pgrouting: { debian: `postgresql-${m}-pgrouting` },
    timescaledb: { image: `timescale/timescaledb:latest-pg${m}`, debian: `timescaledb-2-postgresql-${m} (from Timescale's apt repository)` },
    pg_cron: { debian: `postgresql-${m}-cron` },
    pgaudit: { debian: `postgresql-${m}-pgaudit` },
    pg_partman: { debian: `postgresql-${m}-partman` },
    hypopg: { debian: `postgresql-${m}-hypopg` },
    h3: { debian: `postgresql-${m}-h3` },
    pg_repack: { debian: `postgresql-${m}-repack` },
  };
  return known[name] ?? {};
}
