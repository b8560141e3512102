/** PostgreSQL's limit for statement_timeout and lock_timeout, and Node's for a timer (2^31-1 ms, about 24.8 days). */
export const MAX_DURATION_MS = 2_147_483_647;

/** Go's units (time.ParseDuration) in milliseconds; µs and us are the same unit. */
const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, μs: 1e-3, ms: 1, s: 1_000, m: 60_000, h: 3_600_000 };
const PART = /(\d+(?:\.\d*)?|\.\d+)(ns|us|µs|μs|ms|s|m|h)/gy;

/**
 * "2s", "500ms", "5m", "1h", "1.5s", Go's form as golang-migrate and goose users write it ("1m30s", "1h2m3.5s",
 * "300ms", units in any order and repeated as Go allows), or a number of milliseconds (as golang-migrate's
 * x-statement-timeout; "1500 ms" with a space too); "0" disables. Undefined for anything else, a negative duration
 * included (see isNegativeDuration). Sub-millisecond parts are rounded to the nearest millisecond (never to 0).
 */
export function parseDuration(text: string): number | undefined {
  const t = text.trim();
  const plain = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h)?$/i.exec(t);
  if (plain) return toMs(Number(plain[1]) * UNIT_MS[(plain.at(2) ?? 'ms').toLowerCase()]);
  if (!/^(?:(?:\d+(?:\.\d*)?|\.\d+)(?:ns|us|µs|μs|ms|s|m|h))+$/.test(t)) return undefined;
  let ms = 0;
  for (const [, amount, unit] of t.matchAll(PART)) ms += Number(amount) * UNIT_MS[unit];
  return toMs(ms);
}

/** Whole milliseconds; a positive duration never becomes 0, which means "no limit". */
const toMs = (ms: number) => (ms > 0 ? Math.max(1, Math.round(ms)) : 0);

/** "-5s", "-1m30s": Go's syntax for a negative duration, which no timeout can be. */
export function isNegativeDuration(text: string): boolean {
  const t = text.trim();
  return t.startsWith('-') && parseDuration(t.slice(1)) !== undefined;
}

/** The shortest of 1h, 1m, 1s or 1ms that says `ms` exactly: 300000 -> 5m. */
export function formatDuration(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000}h`;
  if (ms % 60_000 === 0) return `${ms / 60_000}m`;
  if (ms % 1_000 === 0) return `${ms / 1_000}s`;
  return `${ms}ms`;
}
