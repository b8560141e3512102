import type { Finding } from '../findings';
import { baseFileNamed } from '../check-support/already-applied';
import { defineCheck } from './check';

/** The tools know applied migrations only by version: renumbering one re-runs it or loses it. */
export const appliedRenamed = defineCheck({
  id: 'applied-renamed',
  severity: 'error',
  summary: 'A migration that is already merged was renamed; a new version number makes databases run it again or never.',
  needs: ['base'],
  run: ({ set, base }) => {
    const findings: Finding[] = [];
    for (const [from, to] of base.renames) {
      const now = set.files.find((f) => f.path === to);
      const before = baseFileNamed(base, from);
      if (!now || !before) continue;
      const renumbered = now.version !== before.version || now.direction !== before.direction;
      const edited = now.text !== before.text;
      const what = `${now.name} is ${before.name}, already merged at ${base.label}, renamed${edited ? ' and edited' : ''}`;
      findings.push({
        check: 'applied-renamed',
        severity: renumbered || (edited && now.direction === 'up') ? 'error' : edited ? 'warning' : 'notice',
        file: now.path,
        line: 1,
        version: now.versionText,
        message: renumbered
          ? `${what}: databases that ran version ${before.versionText} will run it again as ${now.versionText} (or never, if they are past it), and those at ${before.versionText} no longer find their version`
          : edited
            ? `${what}: databases that already ran version ${now.versionText} keep the old text`
            : `${what}: ${set.format.words.label} tracks only the version, so the new title is harmless to databases`,
        hint: renumbered || edited ? `Keep the name ${before.name} and its content; put changes in a new migration.` : undefined,
      });
    }
    return findings;
  },
});
