import { parseTree } from '../sql/pg-parser';
import { sqlTokens } from './sql-tokens';

/**
 * Whether two values of one catalog property mean the same although their text
 * differs. PostgreSQL keeps a function body verbatim (prosrc), so a down that
 * re-creates a function with other indentation or comments shows another text;
 * it stores expressions as trees and prints them back (pg_get_expr,
 * pg_get_constraintdef), so `a AND (b AND c)` prints differently from
 * `a AND b AND c`. Anything whose behaviour may differ stays different.
 */
export function sameMeaning(kind: string, property: string, before: string, after: string): boolean {
  if (before === after) return true;
  const asSql = SQL_OF[`${kind}/${property}`];
  if (asSql === FUNCTION_BODY) return sameFunction(before, after);
  if (asSql) return sameTree(asSql(before), asSql(after));
  return false;
}

const FUNCTION_BODY = () => '';
const expression = (text: string) => `SELECT ${text}`;
const statement = (text: string) => text;

/** How to make each property's text parseable (undefined properties compare as text). */
const SQL_OF: Record<string, ((text: string) => string) | undefined> = {
  'function/definition': FUNCTION_BODY,
  'procedure/definition': FUNCTION_BODY,
  'constraint/definition': (text) => `ALTER TABLE t ADD ${text}`,
  'index/definition': statement,
  'trigger/definition': statement,
  'rule/definition': statement,
  'view/definition': statement,
  'materialized view/definition': statement,
  'column/default': expression,
  // `<expr> stored`: the kind of generated column must be equal too, so it stays in the text as a trailing label.
  'column/generated': (text) => text.replace(/^(.*) (stored|virtual)$/s, 'SELECT $1 AS $2'),
  'domain/default': expression,
  'policy/using': expression,
  'policy/with check': expression,
};

/** Equal parse trees once AND/OR chains are flattened; text comparison when the parser is unavailable or cannot read either side. */
function sameTree(a: string, b: string): boolean {
  const x = normalisedTree(a);
  const y = normalisedTree(b);
  return x !== undefined && x === y;
}

/** The parse tree as a string, locations removed (parseTree) and `a AND (b AND c)` read as `a AND b AND c`. */
export function normalisedTree(sql: string): string | undefined {
  const tree = parseTree(sql);
  return tree === undefined ? undefined : JSON.stringify(flattenBoolean(tree));
}

type BoolNode = { BoolExpr: { boolop: string; args?: unknown[] } };
function isBool(node: unknown): node is BoolNode {
  if (!node || typeof node !== 'object' || !('BoolExpr' in node)) return false;
  const inner: unknown = node.BoolExpr;
  return !!inner && typeof inner === 'object';
}

/**
 * The grammar already flattens `a AND b AND c` into one node, but keeps an
 * operand written in parentheses as a node of its own. AND and OR are
 * associative, so nested nodes of the same kind merge; NOT and the operands'
 * order stay as written. Parentheses leave no other trace in a raw parse tree.
 */
export function flattenBoolean(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(flattenBoolean);
  if (!node || typeof node !== 'object') return node;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(node)) out[k] = flattenBoolean(v);
  if (isBool(out) && (out.BoolExpr.boolop === 'AND_EXPR' || out.BoolExpr.boolop === 'OR_EXPR')) {
    const op = out.BoolExpr.boolop;
    const args = (out.BoolExpr.args ?? []).flatMap((arg) => (isBool(arg) && arg.BoolExpr.boolop === op ? (arg.BoolExpr.args ?? []) : [arg]));
    return { BoolExpr: { ...out.BoolExpr, args } };
  }
  return out;
}

/**
 * pg_get_functiondef output: a header PostgreSQL prints itself, and the body
 * as it was written, between dollar quotes. For SQL and PL/pgSQL bodies,
 * layout and comments outside literals carry no meaning, so the bodies'
 * tokens are compared; other languages (PL/Python's indentation is code) and
 * anything the lexer cannot read compare as text.
 */
function sameFunction(a: string, b: string): boolean {
  const x = functionTokens(a);
  const y = functionTokens(b);
  return x !== undefined && y !== undefined && x.length === y.length && x.every((t, i) => t === y[i]);
}

function functionTokens(definition: string): string[] | undefined {
  const tokens = sqlTokens(definition);
  if (!tokens) return undefined;
  const language = tokens[tokens.findIndex((t) => t.toUpperCase() === 'LANGUAGE') + 1]?.toLowerCase();
  if (language !== 'sql' && language !== 'plpgsql') return undefined;
  const out: string[] = [];
  for (const token of tokens) {
    const tag = /^\$[^$]*\$/.exec(token)?.[0];
    if (!tag) {
      out.push(token);
      continue;
    }
    const body = sqlTokens(token.slice(tag.length, token.length - tag.length));
    if (!body) return undefined;
    out.push('$body$', ...body, '$end$');
  }
  return out;
}
