import { describe, expect, it } from 'vitest';
import type { Finding } from '../../src/findings';
import { decide } from '../../src/outcome';

const finding = (check: string, severity: Finding['severity']): Finding => ({ check, severity, message: `${check} said something` });

describe('verdict and exit code', () => {
  it('exits 2 ("could not check") for a missing extension or rendered files, whatever fail-on says', () => {
    for (const check of ['missing-extension', 'rendered-files']) {
      for (const failOn of ['error', 'warning', 'never'] as const) {
        const v = decide([finding(check, 'warning')], failOn);
        expect(v).toMatchObject({ exitCode: 2, verdict: 'failed' });
        expect(v.incomplete).toBe(`${check}: ${check} said something`);
      }
    }
  });

  it('keeps 1 for errors and 0 for notices such as not-checked-after-failure and no-down-files', () => {
    expect(decide([finding('up-failed', 'error'), finding('not-checked-after-failure', 'notice')], 'error')).toMatchObject({
      exitCode: 1,
      incomplete: undefined,
    });
    expect(decide([finding('no-down-files', 'notice')], 'warning')).toMatchObject({ exitCode: 0, verdict: 'passed' });
  });

  it('joins an infrastructure error with the could-not-check findings', () => {
    expect(decide([finding('missing-extension', 'warning')], 'error', 'server lost').incomplete).toBe(
      'server lost; missing-extension: missing-extension said something',
    );
  });
});
