/**
 * A standard's estimated cost and time for one user: the figures for the user's countries if the
 * data has any, else the worldwide ones, else those of other countries (and the estimate says so).
 * Every figure of the chosen places counts, whatever its year: the estimate is their range, from
 * the lowest to the highest, with the years and places they describe, never one figure picked as
 * the worst. Costs are brought to the price year and the user's currency (../cost/prices.ts).
 */
import type {ExchangeRates} from './schema';
import type {LocalizedText} from '../schema';
import {GLOBAL_REGION} from '../vocabulary';
import type {AdvisorCostPoint, AdvisorDuration} from './data';
import {roundSignificant} from './money';
import type {PriceIndex} from '../cost/schema';
import {type PriceSteps, atPriceYear, priceYearOf} from '../cost/prices';

export interface CostEstimate {
  currency: string;
  min: number;
  /** Absent when the source gives only a lower bound ("more than"). */
  max?: number;
  /** The years the figures describe, oldest first. */
  years: number[];
  /** Where the figures were given for: a country code or "global". */
  regions: string[];
  fromOtherRegion: boolean;
  /** The figures as the sources give them. */
  original: {currency: string; min: number; max?: number; region: string; asOf: number; covers: LocalizedText}[];
  /** How each figure reached the price year and the user's currency: one per currency and year. */
  conversions: PriceSteps[];
  /** The year whose prices the amounts are in. */
  priceYear: number;
  /** The number of people the amounts are for (1 but for individual certifications). */
  people: number;
  sources: string[];
}

export interface TimeEstimate {
  minMonths: number;
  maxMonths?: number;
  /** The years the figures describe, oldest first. */
  years: number[];
  regions: string[];
  fromOtherRegion: boolean;
  covers: LocalizedText;
  sources: string[];
}

/** The points for the user's countries, else worldwide, else all of them, of every year. */
function pickPoints<P extends {region: string; asOf: number}>(
  points: readonly P[],
  countries: readonly string[],
): {points: P[]; fromOtherRegion: boolean} {
  const local = points.filter((p) => countries.includes(p.region));
  const global = points.filter((p) => p.region === GLOBAL_REGION);
  const chosen = local.length ? local : global.length ? global : [...points];
  return {points: chosen, fromOtherRegion: !local.length && !global.length};
}

const yearsOf = (points: readonly {asOf: number}[]): number[] =>
  [...new Set(points.map((p) => p.asOf))].sort((a, b) => a - b);

/** A converted amount is no more precise than three significant figures; an unconverted one keeps its own. */
const priced = (steps: PriceSteps, people: number): number =>
  steps.toUsd || steps.toCurrency || steps.inflation.fromYear !== steps.inflation.toYear
    ? roundSignificant(steps.amount * people)
    : steps.amount * people;

export function estimateCost(
  costs: readonly AdvisorCostPoint[],
  countries: readonly string[],
  currency: string,
  rates: ExchangeRates,
  index: PriceIndex,
  /** How many people an individual certification is for: each figure is per person. */
  people = 1,
): CostEstimate | undefined {
  if (!costs.length) return undefined;
  const {points, fromOtherRegion} = pickPoints(costs, countries);
  const conversions: PriceSteps[] = [];
  const sources = new Set<string>();
  let min = Infinity;
  let max: number | undefined = -Infinity;
  for (const point of points) {
    const low = atPriceYear(point.min, point.currency, point.asOf, currency, rates, index);
    const high =
      point.max === undefined ? undefined : atPriceYear(point.max, point.currency, point.asOf, currency, rates, index);
    if (!low) return undefined;
    if (!conversions.some((c) => c.from.currency === point.currency && c.from.year === point.asOf))
      conversions.push(low);
    for (const id of [...point.sources, ...low.sources]) sources.add(id);
    min = Math.min(min, priced(low, people));
    max = max === undefined || high === undefined ? undefined : Math.max(max, priced(high, people));
  }
  return {
    currency,
    min,
    ...(max === undefined ? {} : {max}),
    priceYear: priceYearOf(index),
    people,
    years: yearsOf(points),
    regions: [...new Set(points.map((p) => p.region))],
    fromOtherRegion,
    original: points.map(({currency: c, min: lo, max: hi, region, asOf, covers}) => ({
      currency: c,
      min: lo,
      ...(hi === undefined ? {} : {max: hi}),
      region,
      asOf,
      covers,
    })),
    conversions,
    sources: [...sources],
  };
}

export function estimateTime(
  durations: readonly AdvisorDuration[],
  countries: readonly string[],
): TimeEstimate | undefined {
  if (!durations.length) return undefined;
  const {points, fromOtherRegion} = pickPoints(durations, countries);
  const maxes = points.map((p) => p.maxMonths ?? p.minMonths);
  return {
    minMonths: Math.min(...points.map((p) => p.minMonths)),
    maxMonths: Math.max(...maxes),
    years: yearsOf(points),
    regions: [...new Set(points.map((p) => p.region))],
    fromOtherRegion,
    covers: points[0].covers,
    sources: [...new Set(points.flatMap((p) => p.sources))],
  };
}
