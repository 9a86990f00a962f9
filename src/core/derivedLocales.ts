/**
 * The derived locales in the data: each value written per authored locale (`{en, 'zh-Hans'}`: a
 * text, a name, a list of words) gains the derived locales' values once the compiler has loaded it
 * (plugins/standards-compiler/taiwan/), so every page, export and index reads all locales alike.
 */
import {DERIVED_LOCALES, type DerivedLocale} from './vocabulary';

type Derived<T> = {[D in DerivedLocale]: T extends Record<(typeof DERIVED_LOCALES)[D], infer V> ? V : never};

/** `T` as the compiler hands it on: wherever it holds a `zh-Hans` value, a `zh-Hant` one beside it. */
export type WithDerivedLocales<T> = T extends string | number | boolean | bigint | symbol | null | undefined
  ? T
  : T extends (...args: never[]) => unknown
    ? T
    : T extends readonly (infer U)[]
      ? WithDerivedLocales<U>[]
      : {[K in keyof T]: WithDerivedLocales<T[K]>} & (T extends {'zh-Hans': unknown}
          ? {[D in keyof Derived<T>]: WithDerivedLocales<Derived<T>[D]>}
          : unknown);

/** A copy of `value` with every string in it, at any depth, passed through `convert`. */
export const mapStrings = (value: unknown, convert: (text: string) => string): unknown =>
  typeof value === 'string'
    ? convert(value)
    : Array.isArray(value)
      ? value.map((v) => mapStrings(v, convert))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, convert)]))
        : value;

/**
 * `value` with every derived locale filled in, in place: wherever an object holds its source
 * locale's value and not yet its own, the conversion of every string in the source's value.
 */
export function addDerivedLocales<T>(
  value: T,
  convert: Record<DerivedLocale, (text: string) => string>,
): WithDerivedLocales<T> {
  const seen = new Set<object>();
  const walk = (v: unknown): void => {
    if (!v || typeof v !== 'object' || seen.has(v)) return;
    seen.add(v);
    if (Array.isArray(v)) return v.forEach(walk);
    const record = v as Record<string, unknown>;
    for (const child of Object.values(record)) walk(child);
    for (const [derived, source] of Object.entries(DERIVED_LOCALES) as [DerivedLocale, string][])
      if (source in record && !(derived in record)) record[derived] = mapStrings(record[source], convert[derived]);
  };
  walk(value);
  return value as WithDerivedLocales<T>;
}
