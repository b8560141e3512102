/**
 * Values a migration's own SQL took from the clock while the run ran (now() or clock_timestamp() in a default or a
 * trigger, an epoch counter built on them) are new in every run. Reports quote them from PostgreSQL's errors (`Failing
 * row contains (...)`) and from rows before and after a step (seed/row-snapshot.ts); named there instead of printed,
 * the same migrations give the same report. A value counts when it falls inside the run: from this process's start to
 * the moment it is named, widened by a margin for a server whose clock differs (a server given by URL) and, for a value
 * printed without a time zone, by any time zone's offset. Values seeding generates are fixed dates and numbers far
 * from it.
 */
export const NOW = '(a time during the run)';

const CLOCK_SKEW_MS = 10 * 60_000;
/** UTC-12 to UTC+14: a timestamp without a zone is printed in the server's. */
const ANY_ZONE_MS = 14 * 3_600_000;

/** 2026-12-07 23:30:01.123456+00, 2026-12-07T23:30:01, 2026-12-07 (the date alone: current_date). */
const TIMESTAMP = /(?<![\d.:-])(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(?:(Z)|([+-])(\d{2})(?::?(\d{2}))?)?)?(?![\d:.])/g;
/** Seconds, milliseconds, microseconds or nanoseconds since 1970, as an integer (10, 13, 16 or 19 digits). */
const EPOCH = /(?<![\d.])(\d{10}|\d{13}|\d{16}|\d{19})(?![\d.])/g;

/** Whether a moment (ms since 1970) lies within the run, widened by `margin`. */
function duringTheRun(ms: number, margin: number, now: number): boolean {
  return ms >= performance.timeOrigin - margin && ms <= now + margin;
}

/** TIMESTAMP's groups as a moment, and how it was printed: with a time of day, with a zone. */
function timestampOf(groups: (string | undefined)[]): { ms: number; timed: boolean; zoned: boolean } {
  const [y, mo, d, h, mi, s, fraction, zulu, sign, zh, zm] = groups;
  const millis = Math.floor(Number(`0${fraction ?? '.0'}`) * 1000);
  const utc = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), millis);
  const offset = sign ? (sign === '-' ? -1 : 1) * (Number(zh) * 60 + Number(zm ?? 0)) * 60_000 : 0;
  return { ms: utc - offset, timed: h !== undefined, zoned: zulu !== undefined || sign !== undefined };
}

/** Whether a whole value is a reading of the clock during the run (a row's `updated_at`, as a time or an epoch). */
export function clockValue(value: string, now = Date.now()): boolean {
  return withoutClockValues(value, now) === NOW;
}

/** `text` with the clock's values of this run named (NOW) instead of printed. */
export function withoutClockValues(text: string, now = Date.now()): string {
  const dated = text.replace(TIMESTAMP, (match: string, ...groups: (string | undefined)[]) => {
    const { ms, timed, zoned } = timestampOf(groups.slice(0, 11));
    // A date alone is the day's start: the run's day in any zone lies within a day and the zones' spread of it.
    const margin = !timed ? ANY_ZONE_MS + 86_400_000 : zoned ? CLOCK_SKEW_MS : ANY_ZONE_MS + CLOCK_SKEW_MS;
    return duringTheRun(ms, margin, now) ? NOW : match;
  });
  return dated.replace(EPOCH, (digits: string) => {
    const ms = Number(digits) / 10 ** (digits.length - 13);
    return duringTheRun(ms, CLOCK_SKEW_MS, now) ? NOW : digits;
  });
}
