import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CHECK_IDS } from '../checks/ids';
import type { Severity } from '../findings';

/** The config file's name, at the repository root (the workspace, or the CLI's current directory). */
export const CONFIG_FILE = '.migration-guard.yml';

/** Keys the file may set: the action inputs' names. Connection strings are refused: they hold passwords and belong in secrets. */
const KEYS = [
  'migrations-path',
  'migration-tool',
  'migrations-table',
  'postgres',
  'postgres-version',
  'postgres-image',
  'fail-on',
  'disable',
  'base-ref',
  'statement-timeout',
  'lock-timeout',
  'run-timeout',
  'scope',
  'large-table-rows',
  'seed-data',
  'observe',
  'jobs',
  'drift',
  'drift-ignore',
  'rehearsal-lock-threshold',
  'checks',
];
const SECRETS = ['database-url', 'target-database-url', 'rehearsal-database-url', 'github-token'];
const LEVELS = ['error', 'warning', 'notice', 'off'];

export interface ConfigFile {
  path: string;
  /** Input name -> value as an input would carry it (lists joined with commas). */
  values: Record<string, string>;
  /** `checks: { <id>: error|warning|notice }`. */
  severities: Map<string, Severity>;
  /** `checks: { <id>: off }`, added to `disable`. */
  disabled: string[];
}

/** An unusable config file: the message names the file and line. */
export class ConfigFileError extends Error {}

/** Reads `.migration-guard.yml` in `root`; undefined when there is none. */
export function readConfigFile(root: string): ConfigFile | undefined {
  const file = path.join(root, CONFIG_FILE);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new ConfigFileError(`cannot read ${file}: ${(error as Error).message}`);
  }
  return parseConfig(text, file);
}

export function parseConfig(text: string, file: string): ConfigFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigFileError(`${file}:${lines.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const config: ConfigFile = { path: file, values: {}, severities: new Map(), disabled: [] };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new ConfigFileError(`${at(doc.contents)}: expected keys such as fail-on: warning at the top level`);
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? scalarText(keyNode.value) : '';
    const value = pair.value as Node | null;
    if (SECRETS.includes(key))
      throw new ConfigFileError(
        `${at(keyNode)}: ${key} holds a password and must not be committed; pass it as an action input from a secret, or a CLI flag`,
      );
    if (!KEYS.includes(key)) throw new ConfigFileError(`${at(keyNode)}: unknown key '${key}'; known keys: ${KEYS.join(', ')}`);
    if (key === 'checks') {
      readChecks(value, config, at);
      continue;
    }
    if (isSeq(value)) {
      config.values[key] = value.items.map((i) => (isScalar(i) ? scalarText(i.value) : '')).join(',');
      if (key === 'disable') for (const item of value.items) checkId(isScalar(item) ? scalarText(item.value) : '', item as Node, at);
    } else if (isScalar(value) && value.value !== null) {
      config.values[key] = scalarText(value.value);
      if (key === 'disable')
        for (const id of scalarText(value.value)
          .split(/[,\s]+/)
          .filter(Boolean))
          checkId(id, value, at);
    } else {
      throw new ConfigFileError(`${at(value ?? keyNode)}: ${key} needs a value`);
    }
  }
  return config;
}

function readChecks(value: Node | null, config: ConfigFile, at: (n: Node | null | undefined) => string): void {
  if (!isMap(value))
    throw new ConfigFileError(
      `${at(value)}: checks maps check ids to a severity, e.g.\n  checks:\n    table-rewrite: error\n    missing-lock-timeout: off`,
    );
  for (const pair of value.items) {
    const keyNode = pair.key as Node;
    const id = isScalar(keyNode) ? scalarText(keyNode.value) : '';
    checkId(id, keyNode, at);
    const level = isScalar(pair.value) ? scalarText(pair.value.value) : '';
    if (!LEVELS.includes(level))
      throw new ConfigFileError(
        `${at(isScalar(pair.value) ? pair.value : keyNode)}: the severity of ${id} must be one of ${LEVELS.join(', ')}, got '${level}'`,
      );
    if (level === 'off') config.disabled.push(id);
    else config.severities.set(id, level as Severity);
  }
}

/** A YAML scalar as the text an input would carry. */
function scalarText(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? String(value) : '';
}

function checkId(id: string, node: Node, at: (n: Node | null | undefined) => string): void {
  if (!CHECK_IDS.includes(id)) throw new ConfigFileError(`${at(node)}: unknown check '${id}'; known checks: ${CHECK_IDS.join(', ')}`);
}

/**
 * Fills the settings that inputs or flags left empty from the config file
 * (inputs and flags win). `names` maps each raw setting to its input name;
 * a relative migrations path is resolved against `root`, where the file is.
 */
export function withConfig<R extends { migrationsPath?: string }>(
  raw: R,
  names: Record<string, string>,
  config: ConfigFile | undefined,
  root: string,
  defaultPath: string,
): R {
  const out: Record<string, unknown> = { ...raw };
  for (const [key, input] of Object.entries(names)) {
    const value = config?.values[input];
    const current = out[key];
    if (value !== undefined && (current === undefined || (typeof current === 'string' && !current.trim()))) out[key] = value;
  }
  const dir = typeof out.migrationsPath === 'string' && out.migrationsPath.trim() ? out.migrationsPath : defaultPath;
  out.migrationsPath = path.resolve(root, dir);
  return out as R;
}
