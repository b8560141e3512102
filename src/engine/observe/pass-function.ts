import type { Client } from 'pg';
import { TempFunctions } from '../temp-functions';

/** The whole analysis pass of a section in one round trip: see mg-observe.sql. */
const OBSERVE = new TempFunctions(['engine/observe/mg-observe.sql']);

/** What a probe saw: the locks this backend held on relations, and the data file and scan count of those relations (and their indexes). */
export interface PassProbe {
  locks: { oid: number; mode: string }[];
  files: { oid: number; file: number }[];
  /** Scans counted since the previous probe (the first probe: since the start of the pass), where there were any. */
  scans: { oid: number; scans: number }[];
}

export interface PassResult {
  /** Each name as written -> the relation it resolved to before the file ran, and whether that was a user table or index. */
  refs: Map<string, { oid: number; name: string; user: boolean } | undefined>;
  /** probes[0]: before the first statement; probes[i + 1]: after statement i. */
  probes: PassProbe[];
  /** The statement (0-based) that failed, with the server's message. */
  failed?: { index: number; message: string };
  /** The user relations the probes saw that existed before the file ran, as they were then. */
  relations: { oid: number; name: string; kind: string; file: number }[];
  /** With wantCreated: relations the statements created (schema-qualified). */
  created: string[];
}

export interface PassRequest {
  /** The statements to replay; undefined: only resolve the names (a section observed from its statements only). */
  statements?: string[];
  refs: string[];
  versionTable: string;
  /** Empty the tables holding rows first (`always`), only for a second attempt when the first failed (`on-failure`), or `never`. */
  hideRows: 'always' | 'on-failure' | 'never';
  wantCreated: boolean;
  statementMs: number;
}

/** Clients that may not create the function (no TEMP privilege): they use the pass statement by statement. */
const refused = new WeakSet<Client>();

export function canUsePassFunction(client: Client): boolean {
  return !refused.has(client);
}

/**
 * Runs the pass in one round trip. Undefined when this session cannot have
 * the function (the caller then replays statement by statement). A file may
 * DISCARD TEMP: the function is then created again.
 */
export async function runPass(client: Client, request: PassRequest): Promise<PassResult | undefined> {
  if (refused.has(client)) return undefined;
  if (!OBSERVE.has(client)) {
    try {
      await OBSERVE.install(client);
    } catch {
      refused.add(client);
      return undefined;
    }
  }
  const literal = (values: string[] | undefined) =>
    values === undefined ? 'NULL::text[]' : `ARRAY[${values.map((v) => client.escapeLiteral(v)).join(', ')}]::text[]`;
  const timeout = request.statementMs > 0 ? `SET LOCAL statement_timeout = ${Math.round(request.statementMs)}; ` : '';
  // One simple-query message, so that SET LOCAL holds for the call only (its implicit transaction) and costs no round trip.
  const sql =
    `${timeout}SELECT pg_temp.mg_observe(${literal(request.statements)}, ${literal(request.refs)}, ` +
    `${client.escapeLiteral(request.versionTable)}, '${request.hideRows}', ${request.wantCreated}) AS pass`;
  const call = async () => {
    const results = (await client.query(sql)) as unknown;
    const last = Array.isArray(results) ? (results.at(-1) as { rows: { pass: unknown }[] }) : (results as { rows: { pass: unknown }[] });
    return last.rows[0]?.pass;
  };
  // A file that ran DISCARD TEMP (or ALL) took the function away: installed again.
  const gone = (error: unknown) => (error as { code?: string }).code === '42883' && (error as Error).message.includes('mg_observe');
  return parsePass(await OBSERVE.run(client, call, gone));
}

type Json = Record<string, unknown>;
const text = (v: unknown): string => (typeof v === 'string' ? v : JSON.stringify(v));
const list = (v: unknown): unknown[][] => (Array.isArray(v) ? v.filter((x): x is unknown[] => Array.isArray(x)) : []);

function parsePass(raw: unknown): PassResult {
  const data = (raw && typeof raw === 'object' ? raw : {}) as Json;
  const refs: PassResult['refs'] = new Map();
  for (const [written, oid, name, user] of list(data.refs)) {
    refs.set(text(written), oid === null || name === null ? undefined : { oid: Number(oid), name: text(name), user: user === true });
  }
  const probes = (Array.isArray(data.probes) ? data.probes : []).map((p): PassProbe => {
    const probe = (p && typeof p === 'object' ? p : {}) as Json;
    return {
      locks: list(probe.l).map(([oid, mode]) => ({ oid: Number(oid), mode: text(mode) })),
      files: list(probe.f).map(([oid, file]) => ({ oid: Number(oid), file: Number(file) })),
      scans: list(probe.s).map(([oid, scans]) => ({ oid: Number(oid), scans: Number(scans) })),
    };
  });
  const failed = data.failed && typeof data.failed === 'object' ? (data.failed as Json) : undefined;
  return {
    refs,
    probes,
    // The function counts the probe before the first statement as 0.
    failed: failed ? { index: Number(failed.at) - 1, message: text(failed.message) } : undefined,
    relations: list(data.rels).map(([oid, name, kind, file]) => ({ oid: Number(oid), name: text(name), kind: text(kind), file: Number(file) })),
    created: Array.isArray(data.created) ? data.created.map(text) : [],
  };
}
