/**
 * Puts the Content Security Policy into every built page (a meta tag) and writes a `_headers`
 * file for hosts that send headers. Wires postBuild only: the policy is in policy.ts.
 */
import {readFile, readdir, writeFile} from 'node:fs/promises';
import path from 'node:path';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {contentSecurityPolicy, headersFile, inlineScriptHashes, withPolicyMeta} from './policy';

async function htmlFiles(dir: string, skip: ReadonlySet<string>): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, {withFileTypes: true})) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory() && !skip.has(full)) files.push(...(await htmlFiles(full, skip)));
    else if (entry.isFile() && entry.name.endsWith('.html')) files.push(full);
  }
  return files;
}

export default function contentSecurityPolicyPlugin(context: LoadContext): Plugin {
  const {i18n} = context;
  return {
    name: 'content-security-policy',
    async postBuild({outDir}) {
      // This locale's pages only: the other locales' folders are built (or rebuilt) on their own.
      const siteOut = i18n.currentLocale === i18n.defaultLocale ? outDir : path.dirname(outDir);
      const others = new Set(i18n.locales.filter((l) => l !== i18n.defaultLocale).map((l) => path.join(siteOut, l)));
      others.delete(outDir);
      const pages = await htmlFiles(outDir, others);
      const texts = await Promise.all(pages.map((file) => readFile(file, 'utf8')));
      const policy = contentSecurityPolicy(texts.flatMap(inlineScriptHashes), {asHeader: false});
      await Promise.all(pages.map((file, i) => writeFile(file, withPolicyMeta(texts[i], policy))));

      // The headers cover every locale built so far; the last locale's build writes them all.
      const everyPage = await Promise.all((await htmlFiles(siteOut, new Set())).map((file) => readFile(file, 'utf8')));
      await writeFile(
        path.join(siteOut, '_headers'),
        headersFile(contentSecurityPolicy(everyPage.flatMap(inlineScriptHashes), {asHeader: true})),
      );
    },
  };
}
