import { sameMeaning } from './same-meaning';
import { sqlTokensDeep } from './sql-tokens';
import { keyOf, type Props, type Snapshot, type SnapshotObject } from './snapshot';

export interface Difference {
  kind: string;
  name: string;
  /** `added`: only in the later snapshot; `removed`: only in the earlier one; `changed`: a property differs. */
  change: 'added' | 'removed' | 'changed';
  property?: string;
  before?: string;
  after?: string;
}

/**
 * Differences between two snapshots. An object added or removed together
 * with its parent (a column with its table) is folded into the parent's line.
 * Values that differ only in spelling (a function body's layout, an
 * expression's parentheses) are equal: see same-meaning.ts.
 */
export function diffSnapshots(before: Snapshot, after: Snapshot): Difference[] {
  const differences: Difference[] = [];
  const removed = new Set<string>();
  const added = new Set<string>();
  for (const [key] of before.objects) if (!after.objects.has(key)) removed.add(key);
  for (const [key] of after.objects) if (!before.objects.has(key)) added.add(key);

  const parentAlso = (o: SnapshotObject, snapshot: Snapshot, set: Set<string>) => {
    const parent = o.parentRef ? snapshot.byRef.get(o.parentRef) : undefined;
    return parent !== undefined && set.has(keyOf(parent));
  };
  for (const [key, o] of before.objects) {
    if (removed.has(key) && !parentAlso(o, before, removed)) differences.push({ kind: o.kind, name: o.name, change: 'removed' });
  }
  for (const [key, o] of after.objects) {
    if (added.has(key) && !parentAlso(o, after, added)) differences.push({ kind: o.kind, name: o.name, change: 'added' });
  }
  for (const [key, a] of before.objects) {
    const b = after.objects.get(key);
    if (!b) continue;
    // Column order only speaks when both sides hold the same columns; added or dropped ones are reported themselves.
    if (a.kind === 'column order' && !sameMembers(String(a.props.columns), String(b.props.columns))) continue;
    for (const property of new Set([...Object.keys(a.props), ...Object.keys(b.props)])) {
      const x = show(a.props, property);
      const y = show(b.props, property);
      if (x === y || (x !== undefined && y !== undefined && sameMeaning(a.kind, property, x, y))) continue;
      differences.push({ kind: a.kind, name: a.name, change: 'changed', property, before: x, after: y });
    }
  }
  const weight = (d: Difference) => (d.change === 'changed' ? 1 : 0);
  return differences.sort((p, q) => weight(p) - weight(q) || p.kind.localeCompare(q.kind) || p.name.localeCompare(q.name));
}

function sameMembers(x: string, y: string): boolean {
  const p = x.split(', ').sort().join(',');
  const q = y.split(', ').sort().join(',');
  return p === q;
}

function show(props: Props, property: string): string | undefined {
  // property comes from either side's keys, so it may be missing here.
  const v = Object.hasOwn(props, property) ? props[property] : undefined;
  return v === null || v === undefined || v === '' ? undefined : String(v);
}

export function isColumnOrder(d: Difference): boolean {
  return d.kind === 'column order';
}

/** `public.users` reads as `users`; other schemas stay qualified. */
export function displayName(name: string): string {
  return name.startsWith('public.') ? name.slice('public.'.length) : name;
}

const TYPE_NAMES: [RegExp, string][] = [
  [/\bcharacter varying\b/g, 'varchar'],
  [/\btimestamp with time zone\b/g, 'timestamptz'],
  [/\btimestamp without time zone\b/g, 'timestamp'],
  [/\btime with time zone\b/g, 'timetz'],
  [/\btime without time zone\b/g, 'time'],
  [/\bcharacter\(/g, 'char('],
];

function friendly(property: string | undefined, value: string | undefined): string {
  if (value === undefined) return 'none';
  let v = value;
  if (property === 'type' || property === 'base type') for (const [re, short] of TYPE_NAMES) v = v.replace(re, short);
  v = v.replace(/\s+/g, ' ').trim();
  return v.length > 140 ? `${v.slice(0, 137)}...` : v;
}

/**
 * In words, for a person: "index users_email_idx is still there".
 * `wording` says what an object only in the later or only in the earlier state means.
 */
export function describeDifference(d: Difference, wording: { added: string; removed: string }): string {
  const subject = d.kind === 'comment' ? `comment on ${d.name.replace(/\bpublic\./g, '')}` : `${d.kind} ${displayName(d.name)}`;
  if (d.change === 'added') return `${subject} ${wording.added}`;
  if (d.change === 'removed') return `${subject} ${wording.removed}`;
  if (d.kind === 'column order') return `column order of ${displayName(d.name)} changed from (${d.before ?? ''}) to (${d.after ?? ''})`;
  if (d.property === 'not null' || d.property === 'unlogged' || d.property === 'valid' || d.property === 'populated') {
    return `${subject} ${d.property} changed from ${d.before ?? 'false'} to ${d.after ?? 'false'}`;
  }
  if (d.property === 'storage' || d.property === 'compression' || d.property === 'statistics target') {
    // No value in the catalog means the type's or server's default, not "none".
    return `${subject} ${d.property} changed from ${d.before ?? 'the default'} to ${d.after ?? 'the default'}`;
  }
  if (d.property === 'definition' && (d.before ?? '').includes('\n')) {
    return `${subject} definition differs (${firstDifferentLine(d.before ?? '', d.after ?? '')})`;
  }
  return `${subject} ${d.property ?? 'a property'} changed from ${friendly(d.property, d.before)} to ${friendly(d.property, d.after)}`;
}

function firstDifferentLine(a: string, b: string): string {
  // A body re-indented and changed: its lines no longer align, its tokens do.
  const firstToken = firstDifferentTokens(a, b);
  if (firstToken) return firstToken;
  const x = a.split('\n');
  const y = b.split('\n');
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    if (x[i] !== y[i]) return `line ${i + 1}: ${friendly(undefined, x[i])} became ${friendly(undefined, y[i])}`;
  }
  return 'whitespace only';
}

/** `RETURN 'customer ' || a.id became RETURN 'client ' || a.id`: a few tokens around the first that differs. */
function firstDifferentTokens(a: string, b: string): string | undefined {
  const x = sqlTokensDeep(a);
  const y = sqlTokensDeep(b);
  if (!x || !y) return undefined;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  if (i === x.length && i === y.length) return undefined;
  const around = (t: string[]) => friendly(undefined, joinTokens(t.slice(Math.max(0, i - 4), i + 6))) || 'nothing';
  return `${around(x)} became ${around(y)}`;
}

/** Tokens back into readable SQL: `a.id`, `f(x)`, `x, y` rather than one space everywhere. */
function joinTokens(tokens: string[]): string {
  let out = '';
  for (const [k, t] of tokens.entries()) {
    const previous = tokens.at(k - 1);
    const tight =
      k === 0 ||
      previous === '.' ||
      previous === '(' ||
      previous === '::' ||
      ['.', ',', ')', ';', '::'].includes(t) ||
      (t === '(' && /\w$/.test(previous ?? ''));
    out += tight ? t : ` ${t}`;
  }
  return out;
}
