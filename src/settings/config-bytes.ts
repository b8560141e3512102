import { closeSync, constants, fstatSync, lstatSync, openSync, readFileSync, realpathSync, statSync, type Stats } from 'node:fs';
import * as path from 'node:path';
import { isInside, specialKind } from '../formats/read-directory';

/** Why a config file is not read: one line that names the file and never quotes its content. */
export class ConfigReadError extends Error {}

/**
 * The text of the config file at `file`, read as migration files are (formats/read-directory.ts): a symbolic link is
 * followed only to a file inside `root` (a pull request must not make the runner read /etc/shadow and echo its first
 * line as an "unknown key"); anything that is not a regular file (a FIFO, a device, a directory) is refused by its type
 * before it is opened, and the descriptor is opened non-blocking and checked again, so nothing can hang the run.
 * Undefined when the file does not exist.
 */
export function readConfigText(file: string, root: string): string | undefined {
  let entry: Stats;
  try {
    entry = lstatSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw refused(file, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let target = file;
  if (entry.isSymbolicLink()) {
    let real: string;
    try {
      real = realpathSync(file);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      throw refused(file, code === 'ELOOP' ? 'it is a symbolic link loop' : 'it is a symbolic link to nothing (a broken link)');
    }
    if (!isInside(real, realRoot(root)))
      throw refused(file, 'it is a symbolic link to a file outside the repository; migration-guard does not read it');
    const stat = statSync(real);
    if (!stat.isFile()) throw refused(file, `it is a symbolic link to ${specialKind(stat)}, not a regular file`);
    target = real;
  } else if (!entry.isFile()) {
    throw refused(file, `it is ${specialKind(entry)}, not a regular file`);
  }
  let fd: number | undefined;
  try {
    fd = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK | (target === file ? constants.O_NOFOLLOW : 0));
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw refused(file, `it is ${specialKind(stat)}, not a regular file`);
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof ConfigReadError) throw error;
    throw refused(file, `it cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function refused(file: string, why: string): ConfigReadError {
  return new ConfigReadError(`${file} is not read: ${why}. Make the config file a regular file in the repository.`);
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return path.resolve(root);
  }
}
