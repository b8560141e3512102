import * as path from 'node:path';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Scalar } from 'yaml';
import { CHECK_IDS } from '../checks/ids';
import type { Severity } from '../findings';
import { ConfigReadError, readConfigText } from './config-bytes';
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
  /** Input name -> the line its key is on, so that a bad value is reported at file:line. */
  lines: Record<string, number>;
}

/** An unusable config file: the message names the file and line. */
export class ConfigFileError extends Error {}

/**
 * Reads the config file: `given` (the config input or --config, relative to `root`) or `.migration-guard.yml` in
 * `root`; undefined when there is none (a given file must exist). `name` says how the user named `given`.
 */
export function readConfigFile(root: string, given?: string, name = 'config'): ConfigFile | undefined {
  const file = given ? path.resolve(root, given) : path.join(root, CONFIG_FILE);
  let text: string | undefined;
  try {
    text = readConfigText(file, root);
  } catch (error) {
    if (error instanceof ConfigReadError) throw new ConfigFileError(error.message);
    throw error;
  }
  if (text === undefined && given) throw new ConfigFileError(`${name}: ${file} does not exist`);
  return text === undefined ? undefined : parseConfig(text, file);
}

export function parseConfig(text: string, file: string): ConfigFile {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (node: Node | null | undefined) => `${file}:${node?.range ? lines.linePos(node.range[0]).line : 1}`;
  if (doc.errors.length) {
    const e = doc.errors[0];
    throw new ConfigFileError(`${file}:${lines.linePos(e.pos[0]).line}: not valid YAML: ${e.message.split('\n')[0]}`);
  }
  const config: ConfigFile = { path: file, values: {}, severities: new Map(), disabled: [], lines: {} };
  if (doc.contents === null) return config;
  if (!isMap(doc.contents)) throw new ConfigFileError(`${at(doc.contents)}: expected keys such as fail-on: warning at the top level`);
  for (const pair of doc.contents.items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) && typeof keyNode.value === 'string' ? keyNode.value : '';
    const value = pair.value as Node | null;
    if (SECRETS.includes(key))
      throw new ConfigFileError(
        `${at(keyNode)}: ${key} holds a password and must not be committed; pass it as an action input from a secret, or a CLI flag`,
      );
    if (!KEYS.includes(key)) throw new ConfigFileError(`${at(keyNode)}: unknown key ${shown(key)}; known keys: ${KEYS.join(', ')}`);
    config.lines[key] = keyNode.range ? lines.linePos(keyNode.range[0]).line : 1;
    if (key === 'checks') {
      readChecks(value, config, at);
      continue;
    }
    if (isSeq(value)) {
      const items = value.items.map((i) => (isScalar(i) ? scalarText(i, key, at) : notAScalar(i as Node, key, at)));
      config.values[key] = items.join(',');
      if (key === 'disable')
        value.items.forEach((item, i) => {
          checkId(items[i], item as Node, at);
        });
    } else if (isScalar(value) && value.value !== null) {
      config.values[key] = scalarText(value, key, at);
      if (key === 'disable') for (const id of config.values[key].split(/[,\s]+/).filter(Boolean)) checkId(id, value, at);
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
    const id = isScalar(keyNode) ? scalarText(keyNode, 'checks', at) : '';
    checkId(id, keyNode, at);
    const level = isScalar(pair.value) ? scalarText(pair.value, id, at) : '';
    if (!LEVELS.includes(level))
      throw new ConfigFileError(
        `${at(isScalar(pair.value) ? pair.value : keyNode)}: the severity of ${id} must be one of ${LEVELS.join(', ')}, got '${level}'`,
      );
    if (level === 'off') config.disabled.push(id);
    else config.severities.set(id, level as Severity);
  }
}

/**
 * A YAML scalar as the text an input would carry: a number as written (`100000000000000000000000000`, not `1e+26`);
 * anything else a tag can make (`!!binary`, a timestamp) is refused rather than dropped.
 */
function scalarText(node: Scalar, key: string, at: (n: Node | null | undefined) => string): string {
  const value = node.value;
  if (typeof value === 'number') return node.source?.trim() || String(value);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  const tag = node.tag ? node.tag.replace(/^tag:yaml\.org,2002:/, '!!') : typeof value;
  throw new ConfigFileError(`${at(node)}: ${key} must be text, a number or true/false, not a ${tag} value`);
}

function notAScalar(node: Node, key: string, at: (n: Node | null | undefined) => string): never {
  throw new ConfigFileError(`${at(node)}: each item of ${key} must be text, not a list or a map`);
}

/** Text from the file in a message: one line, short, quoted. */
function shown(text: string): string {
  const short = text.length > 40 ? `${text.slice(0, 37)}...` : text;
  // eslint-disable-next-line no-control-regex -- control and bidirectional characters are what must not be printed
  return `'${short.replace(/[\u0000-\u001f\u007f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, '?')}'`;
}

function checkId(id: string, node: Node, at: (n: Node | null | undefined) => string): void {
  if (!CHECK_IDS.includes(id)) throw new ConfigFileError(`${at(node)}: unknown check ${shown(id)}; known checks: ${CHECK_IDS.join(', ')}`);
}

/** The config file (see readConfigFile); its errors are settings errors (exit code 2, one line naming file and line). */
export function configIn(root: string, given?: string, name?: string): ConfigFile | undefined {
  try {
    return readConfigFile(root, given, name);
  } catch (error) {
    if (error instanceof ConfigFileError) throw new SettingsError(error.message);
    throw error;
  }
}

/**
 * The settings that inputs or flags (by input name) left empty, filled from the config file: inputs and flags win.
 * `from` maps each input the file filled to where to report a bad value: `file:line: key`.
 */
export function withConfig(
  values: Readonly<Record<string, string | undefined>>,
  config: ConfigFile | undefined,
): { values: Record<string, string | undefined>; from: Map<string, string> } {
  const out = { ...values };
  const from = new Map<string, string>();
  for (const [input, value] of Object.entries(config?.values ?? {})) {
    const current = out[input];
    if (current !== undefined && current.trim()) continue;
    out[input] = value;
    from.set(input, `${config?.path ?? CONFIG_FILE}:${config?.lines[input] ?? 1}: ${input}`);
  }
  return { values: out, from };
}
