import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, expect, it } from 'vitest';
import type { Binaries } from '../../src/servers/binaries';
import { cachedTemplate } from '../../src/servers/template';

// The template cache lives in /dev/shm (memory) and is keyed by the binaries' directory: binaries in a new directory
// (another npx cache, another version of the action on a self-hosted runner) made a new template, and the old ones, with
// their base states, stayed until the machine restarted. This machine had 96 of them (2.7 GB), from the tests' fetches.
// initdb is the caller's: a directory with PG_VERSION stands for its output here.
const initdb = (dir: string) => {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'PG_VERSION'), '15\n');
  return Promise.resolve();
};
const binariesIn = (bindir: string): Binaries => ({ bindir, version: '15.99-test', major: '15' });

const made: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

it('removes the templates and base states of binaries that are gone when it builds one, and keeps the others', async () => {
  const gone = tempDir('mg-bin-gone-');
  const goneTemplate = path.dirname(await cachedTemplate(binariesIn(gone), undefined, initdb));
  const staysTemplate = path.dirname(await cachedTemplate(binariesIn(tempDir('mg-bin-stays-')), undefined, initdb));
  made.push(goneTemplate, staysTemplate);
  // A base state kept beside each (base-cache.ts names them so).
  const goneBase = `${goneTemplate}-base-0123456789abcdef`;
  const staysBase = `${staysTemplate}-base-0123456789abcdef`;
  for (const base of [goneBase, staysBase]) mkdirSync(path.join(base, 'data'), { recursive: true });
  // An older version's template names no binaries: it is left alone.
  const older = path.join(path.dirname(goneTemplate), `pg15-${'e0'.repeat(8)}`);
  await initdb(path.join(older, 'data'));
  made.push(goneBase, staysBase, older);

  rmSync(gone, { recursive: true });
  made.push(path.dirname(await cachedTemplate(binariesIn(tempDir('mg-bin-next-')), undefined, initdb)));

  expect([goneTemplate, goneBase].filter(existsSync)).toEqual([]);
  expect([staysTemplate, staysBase, older].filter(existsSync)).toEqual([staysTemplate, staysBase, older]);
});

it('leaves every template alone when it finds one in the cache', async () => {
  const gone = tempDir('mg-bin-gone-');
  const goneTemplate = path.dirname(await cachedTemplate(binariesIn(gone), undefined, initdb));
  const bindir = tempDir('mg-bin-cached-');
  made.push(goneTemplate, path.dirname(await cachedTemplate(binariesIn(bindir), undefined, initdb)));
  rmSync(gone, { recursive: true });
  // A hit builds nothing, so it does not look through the cache either (a run's start stays as fast as it was).
  await cachedTemplate(binariesIn(bindir), undefined, initdb);
  expect(existsSync(goneTemplate)).toBe(true);
});
