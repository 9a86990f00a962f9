/**
 * The advisor's state lives in the URL, under the command line's option names
 * (`?goal=customer-experience&country=CN&budget=500000&currency=CNY`), so a shared link
 * reproduces the advice and the command line can be given the same answers.
 */
import {type InputOption, type ParsedInput, parseAdviceInput} from '@site/src/core/advisor/input';
import type {InputContext} from '@site/src/core/advisor/input';

/** The URL's parameters as option values, in order. */
export function valuesFromSearch(search: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(search)) values.set(name, [...(values.get(name) ?? []), value]);
  return values;
}

export function searchFromValues(values: ReadonlyMap<string, readonly string[]>): string {
  const params = new URLSearchParams();
  for (const [name, list] of values) for (const value of list) if (value !== '') params.append(name, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** The values with one option set to `list` (removed when empty). */
export function withOption(
  values: ReadonlyMap<string, readonly string[]>,
  option: InputOption,
  list: readonly string[],
): Map<string, string[]> {
  const next = new Map([...values].map(([k, v]) => [k, [...v]]));
  if (list.length && list.some((v) => v !== ''))
    next.set(
      option,
      list.filter((v) => v !== ''),
    );
  else next.delete(option);
  return next;
}

export const parseSearch = (search: string, context: InputContext): ParsedInput =>
  parseAdviceInput(valuesFromSearch(search), context);
