import { mkdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';

/**
 * A deterministic directory of `count` migrations (golang-migrate's up and down files, or the same SQL as goose or
 * dbmate files) with the mix real projects have: wide tables (a dozen columns of many types) with defaults, added
 * columns, backfills, single, composite and unique indexes, foreign keys (in the table and added later), enums,
 * functions with triggers, and views, each with a correct down.
 */
export function writeCorpus(dir: string, count: number, tool: CorpusTool = 'golang-migrate'): void {
  mkdirSync(dir, { recursive: true });
  let tables = 0;
  for (let i = 1; i <= count; i++) {
    const v = String(i).padStart(6, '0');
    const [name, up, down] = migration(i, tables);
    if (i % KINDS === 1) tables++;
    if (tool === 'golang-migrate') {
      writeFileSync(path.join(dir, `${v}_${name}.up.sql`), up);
      writeFileSync(path.join(dir, `${v}_${name}.down.sql`), down);
    } else {
      writeFileSync(path.join(dir, `${v}_${name}.sql`), tool === 'goose' ? gooseFile(up, down) : `-- migrate:up\n${up}\n-- migrate:down\n${down}`);
    }
  }
}

export type CorpusTool = 'golang-migrate' | 'goose' | 'dbmate';

/**
 * The same SQL as one goose file: goose splits a section at semicolons that end a line, so a section holding a
 * dollar-quoted function body is one StatementBegin/End block (sent as one query, as goose sends it).
 */
function gooseFile(up: string, down: string): string {
  const section = (sql: string) => (sql.includes('$$') ? `-- +goose StatementBegin\n${sql}-- +goose StatementEnd\n` : sql);
  return `-- +goose Up\n${section(up)}\n-- +goose Down\n${section(down)}`;
}

/** Migrations per table: the kinds below, in turn. */
const KINDS = 10;

/** A table of many columns, as real ones have (the seeded rows and the catalog reads pay for each). */
function wideTable(n: number): string {
  const fk = n > 1 ? `,\n  parent_id bigint REFERENCES t${n - 1} (id)` : '';
  const columns = [
    'id bigserial PRIMARY KEY',
    "name text NOT NULL DEFAULT ''",
    'email varchar(320)',
    'amount numeric(12, 2) NOT NULL DEFAULT 0',
    'quantity integer NOT NULL DEFAULT 1',
    'active boolean NOT NULL DEFAULT true',
    "settings jsonb NOT NULL DEFAULT '{}'",
    'tags text[]',
    'external_id uuid',
    'notes text',
    'created_at timestamptz NOT NULL DEFAULT now()',
    'deleted_at timestamptz',
  ];
  return `CREATE TABLE t${n} (\n  ${columns.join(',\n  ')}${fk}\n);\n`;
}

/** The i-th migration; `tables` tables t1..t<tables> exist before it. */
function migration(i: number, tables: number): [string, string, string] {
  const t = `t${tables}`;
  switch (i % KINDS) {
    case 1:
      return [`create_t${tables + 1}`, wideTable(tables + 1), `DROP TABLE t${tables + 1};\n`];
    case 7:
      return [
        `${t}_slug_backfill`,
        `ALTER TABLE ${t} ADD COLUMN slug text;\nUPDATE ${t} SET slug = lower(name) WHERE slug IS NULL;\n`,
        `ALTER TABLE ${t} DROP COLUMN slug;\n`,
      ];
    case 8:
      return [
        `${t}_unique_email`,
        `CREATE UNIQUE INDEX ${t}_email_key ON ${t} (email) WHERE deleted_at IS NULL;\nCREATE INDEX ${t}_active_created_idx ON ${t} (active, created_at);\n`,
        `DROP INDEX ${t}_active_created_idx;\nDROP INDEX ${t}_email_key;\n`,
      ];
    case 9:
      return [
        `${t}_owner_fk`,
        `ALTER TABLE ${t} ADD COLUMN owner_id bigint;\nALTER TABLE ${t} ADD CONSTRAINT ${t}_owner_fk FOREIGN KEY (owner_id) REFERENCES t1 (id);\nCREATE INDEX ${t}_owner_idx ON ${t} (owner_id);\n`,
        `DROP INDEX ${t}_owner_idx;\nALTER TABLE ${t} DROP CONSTRAINT ${t}_owner_fk;\nALTER TABLE ${t} DROP COLUMN owner_id;\n`,
      ];
    case 2:
      return [
        `add_${t}_score`,
        `ALTER TABLE ${t} ADD COLUMN score integer NOT NULL DEFAULT 0;\nALTER TABLE ${t} ADD CONSTRAINT ${t}_score_positive CHECK (score >= 0);\n`,
        `ALTER TABLE ${t} DROP CONSTRAINT ${t}_score_positive;\nALTER TABLE ${t} DROP COLUMN score;\n`,
      ];
    case 3:
      return [`index_${t}_name`, `CREATE INDEX ${t}_name_idx ON ${t} (name);\n`, `DROP INDEX ${t}_name_idx;\n`];
    case 4:
      return [
        `${t}_status_enum`,
        `CREATE TYPE ${t}_status AS ENUM ('new', 'active', 'archived');\nALTER TABLE ${t} ADD COLUMN status ${t}_status NOT NULL DEFAULT 'new';\n`,
        `ALTER TABLE ${t} DROP COLUMN status;\nDROP TYPE ${t}_status;\n`,
      ];
    case 5:
      return [
        `${t}_touch_trigger`,
        `ALTER TABLE ${t} ADD COLUMN updated_at timestamptz;\nCREATE FUNCTION ${t}_touch() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  NEW.updated_at := now();\n  RETURN NEW;\nEND\n$$;\nCREATE TRIGGER ${t}_touch BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION ${t}_touch();\n`,
        `DROP TRIGGER ${t}_touch ON ${t};\nDROP FUNCTION ${t}_touch();\nALTER TABLE ${t} DROP COLUMN updated_at;\n`,
      ];
    case 6:
      return [`${t}_active_view`, `CREATE VIEW ${t}_active AS SELECT id, name FROM ${t} WHERE score > 0;\n`, `DROP VIEW ${t}_active;\n`];
    default:
      return [
        `${t}_reference_sequence`,
        `CREATE SEQUENCE ${t}_ref_seq START 1000;\nCOMMENT ON TABLE ${t} IS 'numbered from ${t}_ref_seq';\n`,
        `COMMENT ON TABLE ${t} IS NULL;\nDROP SEQUENCE ${t}_ref_seq;\n`,
      ];
  }
}
