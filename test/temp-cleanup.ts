import { readdirSync, rmSync, statSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/**
 * Tests make temp directories (mg-*) for repositories, migrations and
 * events. Remove the ones created during this run when it ends, so that
 * repeated runs on one machine do not fill its temp directory.
 */
export default function setup(): () => void {
  const started = Date.now();
  return () => {
    // Several test runs at once on one machine (MG_KEEP_TMP=1): the others' directories are not ours to remove.
    if (process.env.MG_KEEP_TMP) return;
    const tmp = os.tmpdir();
    for (const name of readdirSync(tmp)) {
      if (!name.startsWith('mg-')) continue;
      const dir = path.join(tmp, name);
      try {
        if (statSync(dir).birthtimeMs >= started - 1000) rmSync(dir, { recursive: true, force: true });
      } catch {
        // gone already, or not ours to remove
      }
    }
  };
}
