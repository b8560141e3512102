import type { Finding } from '../findings';
import { bodyText } from '../formats/migration-set';
import { baseFileNamed, nextFreeVersion, restoreCommand, shortCommit } from '../check-support/already-applied';
import { defineCheck } from './check';
import { describeEdit, summarizeEdit } from '../check-support/text-edit';

/**
 * golang-migrate, goose and dbmate keep no checksums: an edited migration that already ran is
 * never run again where it ran, while every new database runs the new text.
 */
export const appliedEdited = defineCheck({
  id: 'applied-edited',
  severity: 'error',
  summary: 'A migration that is already merged (or deployed) was edited; databases that ran it never see the change.',
  needs: ['base'],
  run: (context) => {
    const { set, base } = context;
    const findings: Finding[] = [];
    for (const file of set.files) {
      const before = baseFileNamed(base, file.name, file.direction);
      if (!before || bodyText(before) === bodyText(file)) continue;
      const edit = describeEdit(before.text, file.text);
      const where = `already merged at ${base.label}`;
      const common = { check: 'applied-edited', file: file.path, line: edit.firstLine, endLine: edit.lastLine, version: file.versionText };
      if (edit.whitespaceOnly) {
        findings.push({
          ...common,
          severity: 'notice',
          message: `${file.name} is ${where} and was reformatted here (${summarizeEdit(edit)}); ${set.format.words.label} keeps no checksums, so this is harmless`,
        });
      } else if (file.direction === 'up') {
        findings.push({
          ...common,
          severity: 'error',
          message: `${file.name} is ${where} and is edited here (${summarizeEdit(edit)}): databases that already ran ${file.versionText} keep the old schema, while every new database gets the new one`,
          hint: `Restore the file as it is at ${shortCommit(base)} (${restoreCommand(base, file.name)}) and make the change in a new migration, ${nextFreeVersion(context, file.versionText.length)}.`,
        });
      } else {
        findings.push({
          ...common,
          severity: 'warning',
          message: `${file.name} is ${where} and is edited here (${summarizeEdit(edit)}): it must still reverse the up that databases actually ran, not a newer one`,
          hint: 'A down may be fixed after merging, as long as it undoes exactly what the applied up created; the down-incomplete check verifies that against the up in this directory.',
        });
      }
    }
    return findings;
  },
});
