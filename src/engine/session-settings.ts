import { sessionSettings, splitStatements } from '../sql/text';
import { bodyText, type MigrationFile } from '../formats/migration-set';
import type { Session } from './session';
import type { Checkpoint } from './checkpoints';

/**
 * What earlier files SET on the one connection golang-migrate keeps for the whole run: setting -> the file that set it,
 * in words ("000002 up ran `SET search_path = app`").
 */
export type SessionSettings = Map<string, string>;

/**
 * A session on a checkpoint's copy resumes the session state its replay had: the SET and RESET statements of the
 * ups that ran without error, sent again in order (the copy has their schema, not their connection).
 */
export async function resumeSettings(session: Session, from: Checkpoint | undefined): Promise<SessionSettings> {
  const state: SessionSettings = new Map();
  for (const file of from?.ranOk ?? []) {
    const text = bodyText(file);
    if (!/\b(SET|RESET)\b/i.test(text)) continue;
    for (const s of sessionSettings(splitStatements(text))) await session.client.query(s.text).catch(() => undefined);
    applySessionSettings(state, file);
  }
  return state;
}

/** SET x records x, RESET x forgets it, RESET ALL forgets everything; the latest SET of a setting wins. */
export function applySessionSettings(state: SessionSettings, file: MigrationFile): void {
  const text = bodyText(file);
  if (!/\b(SET|RESET)\b/i.test(text)) return;
  for (const s of sessionSettings(splitStatements(text))) {
    const [verb, name = ''] = s.words;
    if (verb === 'RESET') {
      if (name === 'ALL') state.clear();
      else state.delete(name);
      continue;
    }
    const statement = s.text.replace(/;\s*$/, '');
    state.set(name, `${file.versionText} ${file.direction} ran \`${statement.length > 80 ? `${statement.slice(0, 77)}...` : statement}\``);
  }
}
