import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Tests make temp directories for repositories, migrations, events and the servers' clusters. Each test run gets a
 * temp directory of its own (TMPDIR, which the workers and every process they start inherit), removed whole when the
 * run ends: repeated runs do not fill the machine's temp directory, and runs at the same time on one machine never
 * remove each other's directories. MG_KEEP_TMP=1 keeps it for reading after a failure.
 */
export default function setup(): () => void {
  // Listed at the root and inherited by each project: the first call makes the directory, the others use it.
  if (process.env.MG_TEST_TMPDIR) return () => undefined;
  const previous = process.env.TMPDIR;
  const mine = mkdtempSync(path.join(os.tmpdir(), 'mg-test-run-'));
  // Clusters run as the unprivileged server account, which must reach its data directories below this one.
  chmodSync(mine, 0o755);
  process.env.TMPDIR = mine;
  process.env.MG_TEST_TMPDIR = mine;
  return () => {
    delete process.env.MG_TEST_TMPDIR;
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    if (process.env.MG_KEEP_TMP) return;
    rmSync(mine, { recursive: true, force: true });
  };
}
