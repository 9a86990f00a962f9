/** Pure helpers of the standard page. */
import type {StandardRecord} from '@site/src/core/schema';

/** The edition that replaced the standard, when the standard itself is no longer current. */
export const successorOf = (standard: StandardRecord): string | undefined => {
  if (standard.status === 'current') return undefined;
  const latest = standard.editions.reduce((a, b) => (b.year >= a.year ? b : a));
  return latest.successorStandard;
};
