/** The plots' heights, known before recharts loads, so their places are kept while they do. */
import type {CompareRow} from '@site/src/core/pageData';

export const editionsHeight = (rows: readonly CompareRow[]): number => Math.max(240, rows.length * 26 + 60) + 40;
export const COST_TIME_HEIGHT = 320;

/** The cost-by-size chart's height: fixed, so its space is kept before recharts loads. */
export const COST_SIZE_HEIGHT = 340;
