/**
 * What the build generates for the Traditional Chinese locale before Docusaurus starts: the
 * interface's phrase table (src/core/taiwan.ts reads it) and Docusaurus' own translation files
 * (i18n/zh-Hant/, from i18n/zh-Hans/). Neither is kept in git: both are the Simplified text,
 * converted; the standards' prose and data are converted as the compiler loads them (load.ts).
 */
import {mkdir, readFile, readdir, rm, writeFile} from 'node:fs/promises';
import path from 'node:path';

/** The phrase table's file, and the folders whose source it covers. */
export const PHRASE_TABLE_FILE = 'src/core/generated/taiwan.json';
const SOURCE_DIRS = ['src'];
/** Docusaurus' translation files: the standards' prose (standards/) is the compiler's. */
const TRANSLATIONS = {from: 'i18n/zh-Hans', to: 'i18n/zh-Hant', skip: new Set(['standards'])};
/**
 * The theme's own Simplified strings ("skip to main content"): converted too, so that the whole
 * page reads in one usage rather than in the theme's separate Traditional translation.
 */
const THEME_TRANSLATIONS = 'node_modules/@docusaurus/theme-translations/locales/zh-Hans/theme-common.json';
const DESCRIPTION = '___DESCRIPTION';

const HAN_RUN = /\p{Script=Han}+/gu;

async function filesUnder(dir: string, keep: (file: string) => boolean, skip = new Set<string>()): Promise<string[]> {
  const entries = await readdir(dir, {withFileTypes: true});
  const files: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(dir, e.name);
    if (e.isDirectory() && !skip.has(e.name)) files.push(...(await filesUnder(full, keep, skip)));
    else if (e.isFile() && keep(full)) files.push(full);
  }
  return files;
}

/** Every Han run of `texts`, with its Taiwan form; and each character's, for text made at run time. */
export function phraseTable(
  texts: readonly string[],
  words: readonly string[],
  convert: (text: string) => string,
): {phrases: Record<string, string>; characters: Record<string, string>} {
  const runs = new Set(words);
  for (const text of texts) for (const [run] of text.matchAll(HAN_RUN)) runs.add(run);
  const phrases: Record<string, string> = {};
  const characters: Record<string, string> = {};
  for (const run of [...runs].sort()) {
    const converted = convert(run);
    if (converted !== run && run.length > 1) phrases[run] = converted;
    for (const c of run) {
      const one = convert(c);
      if (one !== c && [...one].length === 1) characters[c] = one;
    }
  }
  return {phrases, characters};
}

const mapStrings = (value: unknown, convert: (text: string) => string): unknown =>
  typeof value === 'string'
    ? convert(value)
    : Array.isArray(value)
      ? value.map((v) => mapStrings(v, convert))
      : value && typeof value === 'object'
        ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, mapStrings(v, convert)]))
        : value;

/** Writes the phrase table and i18n/zh-Hant/ for the site in `siteDir`. */
export async function generateTaiwanFiles(
  siteDir: string,
  convert: (text: string) => string,
  words: readonly string[],
): Promise<{phrases: number; translationFiles: number}> {
  const sources: string[] = [];
  for (const dir of SOURCE_DIRS) {
    const files = await filesUnder(path.join(siteDir, dir), (f) => /\.tsx?$/.test(f), new Set(['generated']));
    for (const file of files) sources.push(await readFile(file, 'utf8'));
  }
  const table = phraseTable(sources, words, convert);
  await mkdir(path.dirname(path.join(siteDir, PHRASE_TABLE_FILE)), {recursive: true});
  await writeFile(path.join(siteDir, PHRASE_TABLE_FILE), `${JSON.stringify(table, null, 1)}\n`);

  const from = path.join(siteDir, TRANSLATIONS.from);
  const to = path.join(siteDir, TRANSLATIONS.to);
  await rm(to, {recursive: true, force: true});
  const translations = await filesUnder(from, (f) => f.endsWith('.json'), TRANSLATIONS.skip);
  for (const file of translations) {
    const target = path.join(to, path.relative(from, file));
    await mkdir(path.dirname(target), {recursive: true});
    const json = JSON.parse(await readFile(file, 'utf8')) as Record<string, unknown>;
    if (path.relative(from, file) === 'code.json') {
      const theme = JSON.parse(await readFile(path.join(siteDir, THEME_TRANSLATIONS), 'utf8')) as Record<
        string,
        string
      >;
      for (const [id, message] of Object.entries(theme))
        if (!id.endsWith(DESCRIPTION) && !(id in json)) json[id] = {message};
    }
    await writeFile(target, `${JSON.stringify(mapStrings(json, convert), null, 2)}\n`);
  }
  return {phrases: Object.keys(table.phrases).length, translationFiles: translations.length};
}
