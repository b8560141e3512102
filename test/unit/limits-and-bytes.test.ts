import { describe, expect, it } from 'vitest';
import { formatDuration, parseDuration } from '../../src/durations';
import { firstInvalidUtf8 } from '../../src/formats/read-directory';
import { toSettings, SettingsError } from '../../src/settings/settings';

describe('durations for statement-timeout, lock-timeout and run-timeout', () => {
  it.each([
    ['2s', 2000],
    ['500ms', 500],
    ['5m', 300_000],
    ['1h', 3_600_000],
    ['1500', 1500],
    ['0', 0],
    ['1.5s', 1500],
  ])('reads %s as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms);
  });

  it('rejects what is not a duration, naming the input', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(() => toSettings({ 'statement-timeout': 'soon' }, '/', (row) => `--${row.input}`)).toThrow(SettingsError);
    expect(() => toSettings({ 'statement-timeout': 'soon' }, '/', () => '--statement-timeout')).toThrow(
      "--statement-timeout must be a duration such as 30s, 1m30s, 5m or 1500 (milliseconds), got 'soon'",
    );
  });

  it('has documented defaults', () => {
    const s = toSettings({}, '/', (row) => row.input);
    expect([s.statementTimeoutMs, s.lockTimeoutMs, s.runTimeoutMs].map(formatDuration)).toEqual(['5m', '30s', '30m']);
  });
});

describe('first invalid UTF-8 byte', () => {
  it.each([
    ['valid ASCII and multi-byte text', Buffer.from('café 🎉'), -1],
    ['a Latin-1 é', Buffer.from([0x61, 0xe9, 0x62]), 1],
    ['a truncated sequence at the end', Buffer.from([0x61, 0xe2, 0x82]), 1],
    ['an overlong encoding', Buffer.from([0xc0, 0xaf]), 0],
    ['a UTF-16 surrogate', Buffer.from([0xed, 0xa0, 0x80]), 0],
    ['a code point past U+10FFFF', Buffer.from([0xf4, 0x90, 0x80, 0x80]), 0],
  ])('%s', (_name, bytes, offset) => {
    expect(firstInvalidUtf8(bytes)).toBe(offset);
  });
});
