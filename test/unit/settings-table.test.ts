import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECK_USAGE } from '../../src/settings/cli-usage';
import { parseConfig } from '../../src/settings/config-file';
import { COMMAND_OPTIONS, SETTINGS, SHARED_SETTINGS } from '../../src/settings/table';

const README = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');

/** The lines of a README section, from its heading to the next heading of the same or a higher level. */
function section(heading: string): string[] {
  const lines = README.split('\n');
  const start = lines.indexOf(heading);
  expect(start, `README.md has no "${heading}" section`).toBeGreaterThanOrEqual(0);
  const level = heading.indexOf(' ');
  const end = lines.findIndex((l, i) => i > start && /^#+ /.test(l) && l.indexOf(' ') <= level);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

/** The README's inputs table: input name -> its Default cell. */
function readmeInputs(): Map<string, string> {
  const rows = section('### Inputs').filter((l) => /^\| `[a-z-]+` \|/.test(l));
  return new Map(rows.map((l) => l.split('|').map((c) => c.trim())).map(([, input, fallback]) => [input.slice(1, -1), fallback]));
}

describe('the settings table', () => {
  it('declares each input, flag and config key once', () => {
    const once = (names: string[]) => expect(new Set(names).size).toBe(names.length);
    once(SETTINGS.map((r) => r.input));
    once(SETTINGS.map((r) => r.field));
    once([...SHARED_SETTINGS.map((r) => r.cli?.flag ?? ''), ...COMMAND_OPTIONS.map((o) => o.flag)]);
  });

  it("is the README's inputs table: the same inputs, and the table's defaults", () => {
    const readme = readmeInputs();
    expect(readme.size).toBe(SETTINGS.length);
    expect([...readme.keys()].sort()).toEqual(SETTINGS.map((r) => r.input).sort());
    for (const row of SETTINGS) {
      const cell = readme.get(row.input) ?? '';
      const shown = row.actionDefault || row.default;
      if (shown) expect(cell, row.input).toMatch(new RegExp(`^\`${shown.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&')}\``));
    }
  });

  it("has every flag in the README's command line synopsis, and the synopsis has no other", () => {
    const block = section('## Command line').join('\n');
    const synopsis = /```\n(migration-guard check[\s\S]*?)```/.exec(block)?.[1] ?? '';
    expect(synopsis).toContain('migration-guard merge');
    const shown = new Set([...synopsis.matchAll(/--[a-z-]+/g)].map((m) => m[0]));
    const flags = [...SHARED_SETTINGS.flatMap((r) => (r.cli?.flag.startsWith('--') ? [r.cli.flag] : [])), ...COMMAND_OPTIONS.map((o) => o.flag)];
    expect(flags.filter((f) => f !== '--help' && !shown.has(f))).toEqual([]);
    expect([...shown].filter((f) => !flags.includes(f))).toEqual([]);
  });

  it("gives `help check` every setting's flag, with the table's default", () => {
    let flags = 0;
    for (const row of SHARED_SETTINGS) {
      if (!row.cli?.flag.startsWith('--')) continue;
      flags++;
      expect(CHECK_USAGE, row.input).toContain(`  ${row.cli.short ? `-${row.cli.short}, ` : ''}${row.cli.flag}${row.cli.turnsOff ? ' ' : ''}`);
      if (row.default && !row.cli.turnsOff) expect(row.cli.help.join(' '), row.input).toContain(`default: ${row.default}`);
    }
    expect(flags).toBe(SHARED_SETTINGS.length - 1);
    expect(CHECK_USAGE).toContain('in DIR (default: migrations)');
    // No line wider than a terminal of 120 columns.
    expect(CHECK_USAGE.split('\n').filter((l) => l.length > 120)).toEqual([]);
  });

  it('lets the config file set what the table says, and refuses connection strings', () => {
    for (const row of SETTINGS) {
      const text = `${row.input}: timeout\n`;
      if (row.config === 'yes') expect(() => parseConfig(text, 'f.yml'), row.input).not.toThrow();
      else if (row.config === 'secret') expect(() => parseConfig(text, 'f.yml'), row.input).toThrow(/holds a password/);
      else expect(() => parseConfig(text, 'f.yml'), row.input).toThrow(/unknown key/);
    }
  });
});
