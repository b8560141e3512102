import { beforeAll, expect, it } from 'vitest';
import { keepsRowValues } from '../../../src/engine/seed/touched';
import { loadParser } from '../../../src/sql/pg-parser';

beforeAll(async () => {
  await loadParser();
});

/** [up, whether the rows after it are the rows before it on the columns they had] */
const CASES: [string, boolean][] = [
  ['ALTER TABLE t ADD COLUMN score integer NOT NULL DEFAULT 0;\nALTER TABLE t ADD CONSTRAINT positive CHECK (score >= 0);', true],
  ['CREATE INDEX t_name_idx ON t (name);', true],
  ["CREATE TYPE s AS ENUM ('a');\nALTER TABLE t ADD COLUMN status s NOT NULL DEFAULT 'a';", true],
  [
    'CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;\nCREATE TRIGGER tr BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION f();',
    true,
  ],
  ['CREATE VIEW v AS SELECT id FROM t;\nCOMMENT ON TABLE t IS $$x$$;\nSET search_path = app;', true],
  ['ALTER TABLE t ALTER COLUMN name SET NOT NULL;\nDROP INDEX t_name_idx;', true],
  ['UPDATE t SET name = upper(name);', false],
  ['DELETE FROM t;', false],
  ['INSERT INTO t (name) VALUES ($$x$$);', false],
  ['ALTER TABLE t ALTER COLUMN name TYPE varchar(3);', false],
  ['ALTER TABLE t DROP COLUMN name;', false],
  ['ALTER TABLE t RENAME COLUMN name TO full_name;', false],
  ['ALTER TABLE t RENAME TO u;', false],
  ['DROP TABLE t;', false],
  ['DROP TYPE s CASCADE;', false],
  ['ALTER TABLE t DROP CONSTRAINT c CASCADE;', false],
  ['TRUNCATE t;', false],
  ['DO $$ BEGIN PERFORM 1; END $$;', false],
  ['SELECT refresh_everything();', false],
  ['CREATE EXTENSION hstore;', false],
  ['CREATE TABLE (', false],
];

it.each(CASES)('%s keeps the values: %s', (up, keeps) => {
  expect(keepsRowValues(up)).toBe(keeps);
});

it('reads every case', () => expect(CASES).toHaveLength(21));
