/** PostgreSQL's limit for statement_timeout and lock_timeout, and Node's for a timer (2^31-1 ms, about 24.8 days). */
export const MAX_DURATION_MS = 2_147_483_647;

/** "2s", "500ms", "5m", "1h", or a number of milliseconds (as golang-migrate's x-statement-timeout); "0" disables. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|h)?\s*$/i.exec(text);
  if (!m) return undefined;
  const factor = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000 }[(m.at(2) ?? 'ms').toLowerCase() as 'ms' | 's' | 'm' | 'h'];
  return Math.round(Number(m[1]) * factor);
}

/** The shortest of 1h, 1m, 1s or 1ms that says `ms` exactly: 300000 -> 5m. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}
