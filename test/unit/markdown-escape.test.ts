import { describe, expect, it } from 'vitest';
import { markdownCode, markdownMessage, markdownText } from '../../src/report/escape';

describe('Markdown that reads like the text and cannot be turned into anything else', () => {
  it('leaves ordinary names and messages as they are in the source', () => {
    expect(markdownCode('migrations/000002_customer_profile.down.sql:1')).toBe('`migrations/000002_customer_profile.down.sql:1`');
    expect(markdownText('function customer_label(c customers) is still there; #1 !')).toBe(
      'function customer_label(c customers) is still there; #1 !',
    );
  });

  it('shows the code a message quotes between backticks as code, not as literal backticks', () => {
    expect(markdownMessage('002_x.up.sql has no down file: `migrate down` would record the rollback')).toBe(
      '002_x.up.sql has no down file: `migrate down` would record the rollback',
    );
    expect(markdownMessage('template `{{ .Schema }}`; MySQL `INT UNSIGNED`')).toBe('template `{{ .Schema }}`; MySQL `INT UNSIGNED`');
  });

  it('keeps a quoted part that a code span cannot hold safely as escaped <code>', () => {
    const md = markdownMessage('ran `SELECT 1 | 2` then `<!-- migration-guard: x --> @org/team`');
    expect(md).toBe('ran <code>SELECT 1 \\| 2</code> then <code>&lt;!-- migration-guard: x --&gt; @\u200Dorg/team</code>');
    expect(markdownCode('000002_<script>alert(1).up.sql')).toBe('<code>000002\\_&lt;script&gt;alert(1).up.sql</code>');
    expect(markdownCode('a`b')).toBe('<code>a\\`b</code>');
  });

  it('shows an unpaired backtick as itself, so it cannot open a code span', () => {
    expect(markdownMessage('syntax error at or near "`" (SQLSTATE 42601)')).toBe('syntax error at or near "\\`" (SQLSTATE 42601)');
    expect(markdownMessage('a `b` c ` d')).toBe('a `b` c \\` d');
  });

  it('escapes what would become emphasis, links or strikethrough, but not underscores inside words', () => {
    expect(markdownText('SELECT * FROM t WHERE a_b = _x_ and [l](u) ~~s~~')).toBe(
      'SELECT \\* FROM t WHERE a_b = \\_x\\_ and \\[l\\](u) \\~\\~s\\~\\~',
    );
  });
});

describe('text placed at the start of a line (a hint under a list item)', () => {
  it('cannot become a heading, a list, a rule or a code block', () => {
    expect(markdownMessage('# not a heading')).toBe('\\# not a heading');
    expect(markdownMessage('- not a list')).toBe('\\- not a list');
    expect(markdownText('1. not a list')).toBe('1\\. not a list');
    expect(markdownText('---')).toBe('\\---');
    expect(markdownMessage('      indented')).toBe('indented');
  });

  it('leaves what only looks similar alone', () => {
    expect(markdownText('15.18 (Debian 15.18-0+deb12u1)')).toBe('15.18 (Debian 15.18-0+deb12u1)');
    expect(markdownText('-1 is not a version')).toBe('-1 is not a version');
    expect(markdownText('#1')).toBe('#1');
  });
});
