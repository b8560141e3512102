import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { SETTINGS } from '../../src/settings/table';

const ROOT = path.resolve(__dirname, '..', '..');
const action = parse(readFileSync(path.join(ROOT, 'action.yml'), 'utf8')) as {
  description: string;
  branding?: { icon?: string; color?: string };
  inputs: Record<string, { description?: string; default?: unknown }>;
  outputs: Record<string, { description?: string }>;
};

/** The Marketplace's colours (https://docs.github.com/actions/creating-actions/metadata-syntax-for-github-actions#branding). */
const COLORS = ['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark'];

describe('action.yml, as the Marketplace and a workflow author read it', () => {
  it('has a description of at most 125 characters (the Marketplace limit) and branding', () => {
    expect(action.description.length).toBeGreaterThan(20);
    expect(action.description.length).toBeLessThanOrEqual(125);
    expect(action.branding?.icon).toMatch(/^[a-z-]+$/);
    expect(COLORS).toContain(action.branding?.color);
  });

  it('declares every input of the settings table, and only those', () => {
    const table = SETTINGS.map((row) => row.input);
    expect(table.length).toBeGreaterThanOrEqual(29);
    expect(Object.keys(action.inputs).sort()).toEqual([...table].sort());
  });

  it('states the default of every input in its description', () => {
    const missing = Object.entries(action.inputs)
      .filter(([, i]) => !/Default: \S/.test(i.description ?? ''))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    for (const [name, input] of Object.entries(action.inputs)) expect(typeof input.default, name).toBe('string');
  });

  it("gives each input the table's action default, and states the table's default in its description", () => {
    let stated = 0;
    for (const row of SETTINGS) {
      const input = action.inputs[row.input];
      // Empty, so that .migration-guard.yml can set it; comment and github-token have their own.
      expect(input.default, row.input).toBe(row.actionDefault ?? '');
      if (row.default === undefined) continue;
      expect(input.description, row.input).toContain(`Default: ${row.default}`);
      stated++;
    }
    expect(stated).toBeGreaterThanOrEqual(14);
    expect(action.inputs.scope.description).toMatch(/Default: changed on pull requests.*all on pushes/);
  });

  it('describes every output, and declares every output the action sets', () => {
    for (const [name, output] of Object.entries(action.outputs)) expect((output.description ?? '').length, name).toBeGreaterThan(10);
    const source = readFileSync(path.join(ROOT, 'src', 'action.ts'), 'utf8');
    const set = [...source.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]);
    expect(set.length).toBe(5);
    expect(Object.keys(action.outputs).sort()).toEqual([...new Set(set)].sort());
  });
});
