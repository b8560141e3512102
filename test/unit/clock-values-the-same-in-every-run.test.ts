import { describe, expect, it } from 'vitest';
import { NOW, withoutClockValues } from '../../src/servers/clock-values';

// The run as these tests see it: this process started before the test, and "now" is a moment during it.
const now = Date.now();
const iso = (ms: number) => new Date(ms).toISOString(); // 2026-12-07T23:30:01.123Z

describe("values the clock wrote during the run, in the server's words", () => {
  it('are named, not printed: timestamps with and without a zone, a date, and epoch seconds to nanoseconds', () => {
    const micros = String(now * 1000);
    expect(withoutClockValues(`Failing row contains (10000002, file, 2, null, f, ${micros}, ${micros}).`, now)).toBe(
      `Failing row contains (10000002, file, 2, null, f, ${NOW}, ${NOW}).`,
    );
    for (const value of [
      String(Math.floor(now / 1000)),
      String(now),
      `${now}000000`,
      iso(now).replace('T', ' ').replace('Z', '+00'),
      iso(now + 5.5 * 3_600_000).replace('Z', '+05:30'), // a timestamptz printed in a server's zone
      iso(now - 60_000)
        .replace('T', ' ')
        .replace('Z', ''), // a timestamp without a zone, as the server prints it
      iso(now + 5 * 3_600_000)
        .replace('T', ' ')
        .replace('Z', ''), // the same in a server five hours east
      iso(now).slice(0, 10), // current_date
    ])
      expect(withoutClockValues(`updated_at: ${value}`, now), value).toBe(`updated_at: ${NOW}`);
  });

  it('leave values from outside the run alone: seeded dates, other epochs, and numbers that only look like one', () => {
    for (const text of [
      '2024-02-29 23:59:59+00', // a seeded timestamptz
      '2026-03-01 00:00:00+00',
      iso(now - 86_400_000 * 3).slice(0, 10), // a date three days back
      iso(now - 3_600_000).replace('Z', '+00'), // an hour before this process started, with its zone: not the run's
      String(now - 86_400_000), // yesterday in milliseconds
      '2147483647', // the largest int4: 2038 in seconds
      '9223372036854775807', // the largest int8
      '5551234567', // ten digits, far from now
      `${now}1`, // fourteen digits
      `1.${now}`, // digits after a point
      'version 20261207233001', // a migration version that reads as a time
    ])
      expect(withoutClockValues(text, now), text).toBe(text);
  });
});
