import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';
import { CHECK_IDS } from '../checks/ids';
import type { Severity } from '../findings';
import { SettingsError } from './error';
import { SETTINGS } from './table';

/** The config file's name, at the repository root (the workspace, or the CLI's current directory). */
export const CONFIG_FILE = '.migration-guard.yml';

/** Keys the file may set: the action inputs' names. Connection strings are refused: they hold passwords and belong in secrets. */
const KEYS = [...SETTINGS.filter((row) => row.config === 'yes').map((row) => row.input), 'checks'];
const SECRETS = SETTINGS.filter((row) => row.config === 'secret').map((row) => row.input);
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

/** The config file at `root`; its errors are settings errors (exit code 2, one line naming file and line). */
export function configIn(root: string): ConfigFile | undefined {
  try {
    return readConfigFile(root);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new SettingsError(error.message);
    throw error;
  }
}

/** The settings that inputs or flags (by input name) left empty, filled from the config file: inputs and flags win. */
export function withConfig(values: Readonly<Record<string, string | undefined>>, config: ConfigFile | undefined): Record<string, string | undefined> {
  const out = { ...values };
  for (const [input, value] of Object.entries(config?.values ?? {})) {
    const current = out[input];
    if (current === undefined || !current.trim()) out[input] = value;
  }
  return out;
}
