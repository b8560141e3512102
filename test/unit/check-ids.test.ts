import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../src/checks';
import { CHECK_IDS } from '../../src/checks/ids';

describe('the list of check ids that settings validate against', () => {
  it('is the registry, id for id and in its order', () => {
    expect(CHECKS.length).toBeGreaterThanOrEqual(50);
    expect(CHECK_IDS).toEqual(CHECKS.map((c) => c.id));
  });
});
