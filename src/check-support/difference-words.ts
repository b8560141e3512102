import { describeDifference, type Difference } from '../catalog/snapshot-diff';

const MAX_LISTED = 8;

/** How a difference reads after up then down (down-incomplete). */
export const AFTER_DOWN = { added: 'is still there', removed: 'is missing (it existed before the up)' };

/** How a difference reads after up, down, up again (reup-mismatch). */
export const AFTER_SECOND_UP = {
  added: 'exists after the second up but not after the first',
  removed: 'exists after the first up but not after the second',
};

/** The first few differences in words, and how many more there are. */
export function listDifferences(diff: Difference[], wording: typeof AFTER_DOWN): string {
  const words = diff.slice(0, MAX_LISTED).map((d) => describeDifference(d, wording));
  if (diff.length > MAX_LISTED) words.push(`and ${diff.length - MAX_LISTED} more`);
  return words.join('; ');
}
