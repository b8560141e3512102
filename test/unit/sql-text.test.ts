import { describe, expect, it } from 'vitest';
import { hasNoStatements, isBlank, managesOwnTransaction, positionToLineColumn, splitStatements } from '../../src/sql/text';

describe('server error positions to line and column', () => {
  it('counts characters, not bytes or UTF-16 units', () => {
    const text = "SELECT 'é🙂';\nSELEC 1;";
    // Position of "SELEC": 12 characters + newline on line 1.
    expect(positionToLineColumn(text, Array.from(text).indexOf('S', 5) + 1)).toEqual({ line: 2, column: 1 });
  });

  it('treats CR LF as one line break (golang-migrate miscounts these)', () => {
    const text = 'CREATE TABLE a (id int);\r\nCREATE TABLE b (id intt);\r\n';
    const position = text.indexOf('intt') + 1;
    expect(positionToLineColumn(text, position)).toEqual({ line: 2, column: 20 });
  });

  it('accepts the position one past the end for errors at end of input', () => {
    expect(positionToLineColumn('SELECT (', 9)).toEqual({ line: 1, column: 9 });
    expect(positionToLineColumn('SELECT', 0)).toBeUndefined();
  });
});

describe('statement splitting', () => {
  it('keeps dollar-quoted bodies, strings and comments whole', () => {
    const text = [
      '-- a; comment',
      'CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $body$ BEGIN RETURN 1; END $body$;',
      "INSERT INTO t VALUES ('a;b', E'c\\';d', \"we;ird\");",
      '/* nested /* ; */ */ SELECT 1',
    ].join('\n');
    const statements = splitStatements(text);
    expect(statements.map((s) => [s.line, s.words[0]])).toEqual([
      [2, 'CREATE'],
      [3, 'INSERT'],
      [4, 'SELECT'],
    ]);
  });

  it('does not split SQL-standard function bodies (BEGIN ATOMIC ... END)', () => {
    const text = 'CREATE FUNCTION f() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\nSELECT 3;';
    expect(splitStatements(text).map((s) => s.line)).toEqual([1, 6]);
  });

  it('knows blank, comment-only and self-managed transaction files', () => {
    expect(isBlank(' \n\t\r\n')).toBe(true);
    expect(isBlank('\uFEFF')).toBe(false); // Go's TrimSpace keeps a BOM; the server receives it
    expect(hasNoStatements('-- nothing here\n/* or here */\n;')).toBe(true);
    expect(managesOwnTransaction(splitStatements('BEGIN;\nCREATE TABLE a ();\nCOMMIT;'))).toBe(true);
    expect(managesOwnTransaction(splitStatements('CREATE TABLE a ();'))).toBe(false);
  });
});
