/**
 * A problem is one thing an author must fix: the file, the field path inside it, and what was
 * expected. The compiler collects every problem before it fails, so one build lists them all.
 */
import type {z} from 'zod';

export interface Problem {
  /** Path of the file, relative to the site directory, with forward slashes. */
  file: string;
  /** Field path inside the file, such as `costs[0].currency`; empty for the whole file. */
  path: string;
  message: string;
}

export const formatProblem = ({file, path, message}: Problem): string =>
  path ? `${file}: ${path}: ${message}` : `${file}: ${message}`;

/** The error the compiler throws: its message lists one problem per line. */
export class StandardsDataError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    const n = problems.length;
    super(
      `Standards data has ${n} problem${n === 1 ? '' : 's'}:\n${problems.map((p) => `  ${formatProblem(p)}`).join('\n')}`,
    );
    this.name = 'StandardsDataError';
    this.problems = problems;
  }
}

/** `['costs', 0, 'currency']` -> `costs[0].currency` */
export const formatPath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');

const describeValue = (value: unknown): string => {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  const shown = JSON.stringify(value);
  return shown.length > 60 ? `${shown.slice(0, 57)}..."` : shown;
};

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'a mapping',
  array: 'a list',
};

/** One zod issue, in words an author can act on. */
const describeIssue = (issue: z.core.$ZodIssue): {path: PropertyKey[]; message: string}[] => {
  const path = [...issue.path];
  const got = 'input' in issue ? describeValue(issue.input) : undefined;
  const withGot = (expected: string) => (got === undefined ? expected : `${expected}, got ${got}`);
  if (issue.message.startsWith('expected ')) return [{path, message: withGot(issue.message)}];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: [...path, key],
        message: 'expected only the fields that standards-data/schema/ names, got an unknown field',
      }));
    case 'invalid_type':
      return [{path, message: withGot(`expected ${TYPE_NAMES[issue.expected] ?? issue.expected}`)}];
    case 'invalid_value':
      return [{path, message: withGot(`expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`)}];
    default:
      return [{path, message: withGot(`expected ${issue.message}`)}];
  }
};

export const problemsFromZod = (file: string, error: z.ZodError, prefix: PropertyKey[] = []): Problem[] =>
  error.issues.flatMap((issue) =>
    describeIssue(issue).map(({path, message}) => ({file, path: formatPath([...prefix, ...path]), message})),
  );
