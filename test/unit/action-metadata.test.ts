import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ACTION_INPUTS, DEFAULTS } from '../../src/settings/settings';

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

  it('declares every input the action reads, and reads every input it declares', () => {
    const source = readFileSync(path.join(ROOT, 'src', 'settings', 'settings.ts'), 'utf8');
    const extras = [...source.matchAll(/extra\('([a-z-]+)'\)/g)].map((m) => m[1]);
    const read = new Set([...Object.values(ACTION_INPUTS).filter((n) => n !== 'working-directory'), ...extras]);
    expect(extras.length).toBeGreaterThanOrEqual(4);
    expect(Object.keys(action.inputs).sort()).toEqual([...read].sort());
  });

  it('states the default of every input in its description', () => {
    const missing = Object.entries(action.inputs)
      .filter(([, i]) => !/Default: \S/.test(i.description ?? ''))
      .map(([name]) => name);
    expect(missing).toEqual([]);
    for (const [name, input] of Object.entries(action.inputs)) expect(typeof input.default, name).toBe('string');
  });

  it('states the effective default of inputs left empty for .migration-guard.yml', () => {
    const effective: Record<string, string> = {
      'migrations-path': DEFAULTS.migrationsPath,
      postgres: DEFAULTS.postgres,
      'migration-tool': DEFAULTS.migrationTool,
      'fail-on': DEFAULTS.failOn,
      'statement-timeout': DEFAULTS.statementTimeout,
      'lock-timeout': DEFAULTS.lockTimeout,
      'run-timeout': DEFAULTS.runTimeout,
    };
    for (const [name, value] of Object.entries(effective)) {
      expect(action.inputs[name].default, name).toBe('');
      expect(action.inputs[name].description, name).toContain(`Default: ${value} `);
    }
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
