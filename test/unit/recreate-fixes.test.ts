import { describe, expect, it } from 'vitest';
import type { Props, SnapshotObject } from '../../src/catalog/snapshot';
import type { Finding } from '../../src/findings';
import { undoStatement } from '../../src/fixes/down-statements';
import { recreation } from '../../src/fixes/recreate-statements';
import { verdictOf } from '../../src/fixes/verify';
import { changed, removed } from '../helpers/facts';

const row = (kind: string, name: string, props: Props, ref = 'pg_class/1'): SnapshotObject => ({ kind, name, props, ref, parentRef: null });
const finding = (check: string, severity: Finding['severity']): Finding => ({ check, severity, message: `${check} here`, version: '000002' });

describe('a fix that declares what it truthfully brings', () => {
  const fixed = finding('down-incomplete', 'error');
  const trial = (...after: Finding[]) => ({ before: [fixed], after });

  it('is accepted when the new finding is of a declared check and a lesser severity', () => {
    expect(verdictOf(fixed, trial(finding('down-column-order', 'warning')), ['down-column-order'])).toEqual({ ok: true });
  });

  it('is refused when the new finding was not declared', () => {
    expect(verdictOf(fixed, trial(finding('down-column-order', 'warning')))).toEqual({
      ok: false,
      why: 'it brought down-column-order: down-column-order here',
    });
    expect(verdictOf(fixed, trial(finding('down-loses-data', 'warning')), ['down-column-order']).ok).toBe(false);
  });

  it('is refused when the declared finding is as severe as the one fixed: never one error traded for another', () => {
    expect(verdictOf(fixed, trial(finding('down-failed', 'error')), ['down-failed'])).toEqual({
      ok: false,
      why: 'it brought down-failed: down-failed here',
    });
  });
});

describe('what a down writes again from the catalog before the up', () => {
  it('writes dropped objects from their exact definitions, and redefined ones after dropping the up’s version', () => {
    const cases: [ReturnType<typeof removed>, SnapshotObject][] = [
      [
        removed('index', 'public.i'),
        row('index', 'public.i', { definition: 'CREATE UNIQUE INDEX i ON public.t USING btree (a)', valid: true, clustered: false }),
      ],
      [removed('constraint', 'public.t.t_a_check'), row('constraint', 'public.t.t_a_check', { definition: 'CHECK ((a > 0))' })],
      [
        changed('trigger', '"My Schema".t.audit', 'definition', 'x', 'y'),
        row('trigger', '"My Schema".t.audit', {
          definition: 'CREATE TRIGGER audit AFTER INSERT ON "My Schema".t FOR EACH ROW EXECUTE FUNCTION f()',
          enabled: 'D',
        }),
      ],
      [
        removed('materialized view', 'public.m'),
        row('materialized view', 'public.m', { definition: ' SELECT 1 AS one;', options: 'fillfactor=50', populated: false }),
      ],
      [
        changed('function', 'public.f()', 'definition', 'x', 'y'),
        row('function', 'public.f()', {
          definition: 'CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$ SELECT 1 $function$\n',
        }),
      ],
      [
        removed('column', 'public.t.c'),
        row('column', 'public.t.c', {
          type: 'character varying(20)',
          'not null': true,
          default: "'x'::character varying",
          collation: 'pg_catalog."C"',
          storage: 'external',
        }),
      ],
      [
        removed('sequence', 'public.s'),
        row('sequence', 'public.s', {
          type: 'integer',
          start: '5',
          increment: '2',
          min: '1',
          max: '100',
          cache: '1',
          cycle: true,
          'owned by': 'public.t.id',
        }),
      ],
    ];
    expect(cases.map(([d, before]) => recreation(d, before))).toEqual([
      { create: [{ rank: 5, sql: 'CREATE UNIQUE INDEX IF NOT EXISTS i ON public.t USING btree (a);' }] },
      { create: [{ rank: 4, sql: 'ALTER TABLE public.t ADD CONSTRAINT t_a_check CHECK ((a > 0));' }] },
      {
        drop: 'DROP TRIGGER IF EXISTS audit ON "My Schema".t;',
        create: [
          { rank: 7, sql: 'CREATE TRIGGER audit AFTER INSERT ON "My Schema".t FOR EACH ROW EXECUTE FUNCTION f();' },
          { rank: 7, sql: 'ALTER TABLE "My Schema".t DISABLE TRIGGER audit;' },
        ],
      },
      { create: [{ rank: 6, sql: 'CREATE MATERIALIZED VIEW public.m WITH (fillfactor=50) AS\n SELECT 1 AS one WITH NO DATA;' }] },
      { create: [{ rank: 0, sql: 'CREATE OR REPLACE FUNCTION public.f()\n RETURNS integer\n LANGUAGE sql\nAS $function$ SELECT 1 $function$;' }] },
      {
        create: [
          {
            rank: 2,
            sql: `ALTER TABLE public.t ADD COLUMN IF NOT EXISTS c character varying(20) COLLATE pg_catalog."C" DEFAULT 'x'::character varying NOT NULL;`,
          },
          { rank: 2, sql: 'ALTER TABLE public.t ALTER COLUMN c SET STORAGE EXTERNAL;' },
        ],
        brings: ['down-column-order', 'down-loses-data'],
      },
      {
        create: [
          { rank: 1, sql: 'CREATE SEQUENCE IF NOT EXISTS public.s AS integer INCREMENT BY 2 MINVALUE 1 MAXVALUE 100 START WITH 5 CACHE 1 CYCLE;' },
          { rank: 3, sql: 'ALTER SEQUENCE public.s OWNED BY public.t.id;' },
        ],
      },
    ]);
  });

  it('says why where the catalog gives no definition to write, and leaves other differences to the undo statements', () => {
    expect(recreation(removed('index', 'public.i'), undefined)).toEqual({ why: 'its definition before the up was not kept' });
    expect(recreation(removed('view', 'public.v'), row('view', 'public.v', { definition: ' SELECT 1;', privileges: '{a=r/b}' }))).toEqual({
      why: 'its privileges before the up are not granted again from the catalog',
    });
    expect(recreation(removed('column', 'public.t.id'), row('column', 'public.t.id', { type: 'integer', identity: 'always' }))).toEqual({
      why: 'an identity column comes back with a new sequence, not the one it had',
    });
    expect(recreation(removed('index', 'public.i'), row('index', 'public.i', { definition: 'CREATE INDEX i ON t (a)', valid: false }))).toEqual({
      why: 'it was not a valid index before the up',
    });
    // Not re-creation's: a table (rows gone), a column property, an index's validity.
    expect(recreation(removed('table', 'public.t'), row('table', 'public.t', {}))).toBeUndefined();
    expect(recreation(changed('column', 'public.t.c', 'type', 'integer', 'bigint'), undefined)).toBeUndefined();
    expect(recreation(changed('index', 'public.i', 'valid', 'true', 'false'), undefined)).toBeUndefined();
  });

  it('sets a sequence parameter the up changed back to its value before the up', () => {
    expect(
      [
        changed('sequence', 'public.s', 'increment', '1', '10'),
        changed('sequence', 'public.s', 'max', undefined, '500'),
        changed('sequence', 'public.s', 'cycle', 'true', undefined),
        changed('sequence', 'public.s', 'owned by', undefined, 'public.t.id'),
        changed('sequence', 'public.s', 'privileges', '{a=r/b}', undefined),
      ].map(undoStatement),
    ).toEqual([
      'ALTER SEQUENCE public.s INCREMENT BY 1;',
      'ALTER SEQUENCE public.s NO MAXVALUE;',
      'ALTER SEQUENCE public.s CYCLE;',
      'ALTER SEQUENCE public.s OWNED BY NONE;',
      undefined,
    ]);
  });
});
