/**
 * YAML for frontmatter and data files: js-yaml, which parses our pages ten times faster than the
 * `yaml` package, rejects duplicate keys, and keeps dates as text (the core schema).
 */
import {CORE_SCHEMA, YAMLException, load} from 'js-yaml';

export class YamlSyntaxError extends Error {
  /** 1-based line within the text given to parseYaml. */
  readonly line: number;
  readonly reason: string;

  constructor(line: number, reason: string) {
    super(`line ${line}: ${reason}`);
    this.line = line;
    this.reason = reason;
  }
}

export function parseYaml(text: string): unknown {
  try {
    return load(text, {schema: CORE_SCHEMA});
  } catch (error) {
    if (!(error instanceof YAMLException)) throw error;
    throw new YamlSyntaxError(error.mark.line + 1, error.reason);
  }
}
