/**
 * The advisor's state lives in the URL, under the command line's option names
 * (`?goal=customer-experience&country=CN&budget=500000&currency=CNY`), so a shared link
 * reproduces the advice and the command line can be given the same answers. A link is read
 * leniently: parameters the advisor does not know (`utm_source`, `fbclid`, ...) are ignored, and
 * an answer it cannot read is left out of the advice and named beside its field.
 */
import {type AdviceInput, type InputOption, type ParsedInput, parseAdviceInput} from '@site/src/core/advisor/input';
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

/** The URL's answers; unknown parameters are ignored (the command line, by contrast, refuses unknown options). */
export const parseSearch = (search: string, context: InputContext): ParsedInput =>
  parseAdviceInput(valuesFromSearch(search), {...context, unknownOptions: 'ignore'});

/**
 * The answers to advise with: every answer that was understood, the others left out (a budget
 * too, when its currency was not understood, since it cannot be read in any currency); undefined
 * while no goal is chosen.
 */
export function adviceInputOf(parsed: ParsedInput): AdviceInput | undefined {
  if (parsed.ok) return parsed.input;
  const input = parsed.partial;
  if (input.goals.length === 0) return undefined;
  return parsed.errors.some((e) => e.option === 'currency') ? {...input, budget: undefined} : input;
}
