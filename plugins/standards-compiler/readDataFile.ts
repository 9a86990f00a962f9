/** Reads one YAML data file and validates it; every problem is recorded, none thrown. */
import {readFile} from 'node:fs/promises';
import path from 'node:path';
import type * as z from 'zod';
import {type Problem, problemsFromZod} from './problems';
import {YamlSyntaxError, parseYaml} from './yaml';

/** The file's valid content, or undefined with its problems (file -> field -> rule) in `problems`. */
export async function readDataFile<S extends z.ZodType>(
  siteDir: string,
  file: string,
  schema: S,
  problems: Problem[],
): Promise<z.output<S> | undefined> {
  let text: string;
  try {
    text = await readFile(path.join(siteDir, file), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT')
      throw new Error(`Processing of ${file} failed`, {cause: error});
    problems.push({file, path: '', message: 'expected this file, got none'});
    return undefined;
  }
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    if (!(error instanceof YamlSyntaxError)) throw new Error(`Processing of ${file} failed`, {cause: error});
    problems.push({file, path: '', message: `line ${error.line}: expected valid YAML: ${error.reason}`});
    return undefined;
  }
  const result = schema.safeParse(raw, {reportInput: true});
  if (!result.success) {
    problems.push(...problemsFromZod(file, result.error));
    return undefined;
  }
  return result.data;
}
