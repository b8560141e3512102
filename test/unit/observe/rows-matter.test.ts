import { describe, expect, it } from 'vitest';
import { loadParser, parseStatements } from '../../../src/sql/pg-parser';
import { statementFacts } from '../../../src/engine/observe/facts';
import { rowsMatterOnlyOnFailure } from '../../../src/engine/observe/without-rows';

const facts = (sql: string) => {
  const parsed = parseStatements(sql);
  if (!parsed?.ok) throw new Error(`does not parse: ${sql}`);
  return parsed.statements.map((s) => statementFacts(s.node, sql));
};

describe('when the observation pass must hide seeded rows before replaying', () => {
  it('replays DDL that reads no other rows with the rows in place (hidden only if it fails)', async () => {
    await loadParser();
    const cases = [
      'CREATE TABLE a (id int REFERENCES b); CREATE INDEX ON b (x); CREATE VIEW v AS SELECT * FROM b;',
      'ALTER TABLE b ADD COLUMN c int NOT NULL DEFAULT 0, ADD CONSTRAINT c_ok CHECK (c >= 0); ALTER TABLE b ALTER COLUMN c SET NOT NULL;',
      "CREATE TYPE s AS ENUM ('x'); COMMENT ON TABLE b IS 'x'; SET lock_timeout = '1s'; DROP TABLE old;",
    ];
    expect(cases.map((c) => rowsMatterOnlyOnFailure(facts(c)))).toEqual([true, true, true]);
  });

  it('hides them first for data changes, foreign keys checked against rows, and code that may read any table', async () => {
    await loadParser();
    const cases = [
      'UPDATE b SET c = 1;',
      'ALTER TABLE a ADD CONSTRAINT fk FOREIGN KEY (b_id) REFERENCES b;',
      'ALTER TABLE a VALIDATE CONSTRAINT fk;',
      'DO $$ BEGIN PERFORM 1; END $$;',
      'INSERT INTO b SELECT * FROM c;',
      'CREATE EXTENSION pg_trgm;',
    ];
    expect(cases.map((c) => rowsMatterOnlyOnFailure(facts(c)))).toEqual(cases.map(() => false));
  });
});
