import type { EngineRun } from '../engine/trace';
import type { ObservedStatement, SectionObservation } from '../engine/observe/types';
import type { Finding, Severity } from '../findings';
import type { MigrationFile } from '../formats/migration-set';

/** One statement of an observed up, with where it is. */
export interface StatementAt {
  file: MigrationFile;
  observation: SectionObservation;
  statement: ObservedStatement;
  /** Its position in the section (later statements run after it, in the same transaction when observed). */
  index: number;
}

/** Every statement of every observed up (with a base, only the migrations this change adds or edits were observed). */
export function observedStatements(run: EngineRun): StatementAt[] {
  return run.traces.flatMap((t) => {
    const file = t.migration.up;
    const observation = t.observed;
    if (!file || !observation) return [];
    return observation.statements.map((statement, index) => ({ file, observation, statement, index }));
  });
}

/** Grouped by section, for rules that look across a file's statements. */
export function observedSections(run: EngineRun): { file: MigrationFile; observation: SectionObservation }[] {
  return run.traces.flatMap((t) => (t.migration.up && t.observed ? [{ file: t.migration.up, observation: t.observed }] : []));
}

/** How we know: seen on the scratch database, or read from the statement when the file could not be observed. */
export function howSeen(s: ObservedStatement, observation: SectionObservation): string {
  return s.observed ? 'seen on the scratch database' : `from the statement; ${observation.note ?? 'not observed'}`;
}

export function statementFinding(check: string, severity: Severity, at: StatementAt, message: string, hint: string, relations: string[]): Finding {
  return {
    check,
    severity,
    message,
    hint,
    file: at.file.path,
    line: at.statement.line,
    version: at.file.versionText,
    relations: [...new Set(relations)],
  };
}

/** `public.orders` as people say it: without the default schema. */
export function shortName(name: string): string {
  return name.startsWith('public.') ? name.slice('public.'.length) : name;
}
