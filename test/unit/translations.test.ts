/**
 * Every user-facing label in src/ has a Simplified Chinese translation: an English string in a
 * Chinese page is a bug a reader sees.
 */
import assert from 'node:assert/strict';
import {readFile, readdir} from 'node:fs/promises';
import path from 'node:path';
import {describe, it} from 'node:test';
import type {Config} from '@docusaurus/types';
import * as configModule from '../../docusaurus.config';

// docusaurus.config.ts is CommonJS (Docusaurus needs it so); from ESM its export arrives wrapped.
const exported = configModule.default as Config | {default: Config};
const config: Config = 'default' in exported ? exported.default : exported;

const sourceFiles = async (dir: string): Promise<string[]> =>
  (await readdir(dir, {recursive: true})).filter((f) => /\.tsx?$/.test(f)).map((f) => path.join(dir, f));

/** Ids of translate({id: ...}) and <Translate id="..."> calls. */
const translationIds = (code: string): string[] => [
  ...[...code.matchAll(/translate\(\s*\{\s*id:\s*'([^']+)'/g)].map((m) => m[1]),
  ...[...code.matchAll(/<Translate\s+id="([^"]+)"/g)].map((m) => m[1]),
];

const readJson = async (file: string) => JSON.parse(await readFile(file, 'utf8')) as Record<string, {message: string}>;

describe('Simplified Chinese labels', () => {
  it('exist for every label the components use', async () => {
    const ids = new Set<string>();
    for (const file of await sourceFiles('src'))
      translationIds(await readFile(file, 'utf8')).forEach((id) => ids.add(id));
    assert.ok(ids.size > 50, `found only ${ids.size} labels: is the extraction broken?`);
    const zh = await readJson('i18n/zh-Hans/code.json');
    const missing = [...ids].filter((id) => !zh[id]?.message.trim());
    assert.deepEqual(missing, [], 'add these ids to i18n/zh-Hans/code.json');
    // Docusaurus's own theme labels (theme.*) are read by the theme, not by our components.
    const unused = Object.keys(zh).filter((id) => !ids.has(id) && !id.startsWith('theme.'));
    assert.deepEqual(unused, [], 'remove these ids from i18n/zh-Hans/code.json: no component uses them');
  });

  it('exist for every navbar and footer label', async () => {
    const navbar = await readJson('i18n/zh-Hans/docusaurus-theme-classic/navbar.json');
    const footer = await readJson('i18n/zh-Hans/docusaurus-theme-classic/footer.json');
    const theme = config.themeConfig as {
      navbar: {items: {label?: string}[]};
      footer: {links: {title: string; items: {label: string}[]}[]};
    };
    for (const item of theme.navbar.items.filter((i) => i.label)) {
      assert.ok(navbar[`item.label.${item.label}`], `navbar item "${item.label}"`);
    }
    for (const column of theme.footer.links) {
      assert.ok(footer[`link.title.${column.title}`], `footer column "${column.title}"`);
      for (const item of column.items)
        assert.ok(footer[`link.item.label.${item.label}`], `footer link "${item.label}"`);
    }
  });
});
