import { describe, expect, it } from 'vitest';
import type { Snapshot, SnapshotObject } from '../../src/catalog/snapshot';
import { describeDifference, diffSnapshots } from '../../src/catalog/snapshot-diff';

function snapshot(objects: Partial<SnapshotObject>[]): Snapshot {
  const s: Snapshot = { objects: new Map(), byRef: new Map() };
  for (const o of objects) {
    const full = { props: {}, parentRef: null, ref: `${o.kind}/${o.name}`, ...o } as SnapshotObject;
    s.objects.set(`${full.kind} ${full.name}`, full);
    s.byRef.set(full.ref, full);
  }
  return s;
}
const words = { added: 'is still there', removed: 'is missing' };

describe('schema differences in words', () => {
  it('names a left-over index and a changed column type', () => {
    const before = snapshot([{ kind: 'column', name: 'public.users.avatar_url', props: { type: 'text' } }]);
    const after = snapshot([
      { kind: 'column', name: 'public.users.avatar_url', props: { type: 'character varying(255)' } },
      { kind: 'index', name: 'public.users_email_idx', props: { definition: 'CREATE INDEX ...' } },
    ]);
    expect(diffSnapshots(before, after).map((d) => describeDifference(d, words))).toEqual([
      'index users_email_idx is still there',
      'column users.avatar_url type changed from text to varchar(255)',
    ]);
  });

  it('reports a table once, not once per column', () => {
    const after = snapshot([
      { kind: 'table', name: 'public.t', ref: 'pg_class/1' },
      { kind: 'column', name: 'public.t.a', ref: 'pg_class/1/1', parentRef: 'pg_class/1' },
      { kind: 'column order', name: 'public.t', ref: 'pg_class/1/order', parentRef: 'pg_class/1' },
    ]);
    expect(diffSnapshots(snapshot([]), after).map((d) => describeDifference(d, words))).toEqual(['table t is still there']);
  });

  it('reports column order only when the same columns are there', () => {
    const order = (columns: string) => snapshot([{ kind: 'column order', name: 'public.t', props: { columns } }]);
    expect(diffSnapshots(order('a, b'), order('b, a'))).toHaveLength(1);
    expect(diffSnapshots(order('a, b'), order('a, b, c'))).toHaveLength(0);
  });
});
