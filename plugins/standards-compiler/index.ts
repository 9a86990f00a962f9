/**
 * The standards compiler as a Docusaurus plugin. This file only wires lifecycles: the logic is
 * in compile.ts (load, validate, cross-check), props.ts, routes.ts, api.ts and search/.
 */
import {writeFile} from 'node:fs/promises';
import path from 'node:path';
import {gzipSync} from 'node:zlib';
import type {LoadContext, Plugin} from '@docusaurus/types';
import {buildAdvisorData} from './advisorData';
import {writeApi} from './api';
import {type StandardsContent, compileStandards} from './compile';
import {STANDARDS_DIR, translationsDir} from './dataFiles';
import {
  buildComparePageProps,
  buildCrosswalkPageProps,
  buildGlobalData,
  buildLandscapePageProps,
  buildStandardPageProps,
} from './props';
import {buildRoutes} from './routes';
import {
  SEARCH_ASSET,
  SEARCH_FILES_PATH,
  SEARCH_INDEX_FILE,
  SEARCH_SNIPPETS_FILE,
  SEARCH_TEXTS_FILE,
  gzipped,
} from './search/files';
import {buildLocaleSearchFiles} from './search/build';
import {TEACHING_DATA_FILE, buildTeachingData} from './teaching/build';
import {DEFAULT_LOCALE, LOCALES, type Locale} from '../../src/core/vocabulary';
import {forLocale} from './forLocale';

export const PLUGIN_NAME = 'standards-compiler';

export default function standardsCompiler(context: LoadContext): Plugin<StandardsContent> {
  const {siteDir, baseUrl, i18n} = context;
  const locale = i18n.currentLocale as Locale;
  return {
    name: PLUGIN_NAME,

    getPathsToWatch: () => [
      ...[STANDARDS_DIR, ...LOCALES.map(translationsDir)].map((dir) => `${siteDir}/${dir}/**/*.{md,yaml}`),
      `${siteDir}/standards-data/**/*.yaml`,
    ],

    loadContent: () => compileStandards(siteDir),

    configureWebpack: (_config, isServer) => ({
      module: {
        // The search files are files the browser fetches, not modules it runs: no JavaScript to
        // parse around them and no escaping of their Chinese, just JSON, with content-hashed names.
        rules: [
          {test: SEARCH_FILES_PATH, type: 'asset/resource', generator: {filename: SEARCH_ASSET, emit: !isServer}},
        ],
      },
    }),

    async contentLoaded({content, actions}) {
      // Each page's data carries its locale's texts and English only (forLocale.ts).
      const pageData = (name: string, data: object) => actions.createData(name, forLocale(data, locale));
      const standards: Record<string, string> = {};
      for (const {id} of content.standards)
        standards[id] = await pageData(`standard-${id}.json`, buildStandardPageProps(content, id, locale, baseUrl));
      const landscape = await pageData('landscape.json', buildLandscapePageProps(content, locale));
      const compare = await pageData('compare.json', buildComparePageProps(content, locale));
      const crosswalk = await pageData('crosswalk.json', buildCrosswalkPageProps(content));
      const advisor = await pageData('advisor.json', buildAdvisorData(content));
      buildRoutes(content, baseUrl, {standards, landscape, compare, crosswalk, advisor}).forEach(actions.addRoute);
      actions.setGlobalData(buildGlobalData(content));
      // The lessons' components import it (src/components/Learn/): each locale's build writes its own.
      await actions.createData(TEACHING_DATA_FILE, JSON.stringify(buildTeachingData(content, locale)));
      // The search box fetches the index when a reader starts to search, the snippets once the
      // engine is made, and the texts only when a result's match lies beyond its snippet
      // (src/components/Search/loadEngine.ts).
      const search = await buildLocaleSearchFiles(content, locale);
      for (const [file, data] of [
        [SEARCH_INDEX_FILE, search.index],
        [SEARCH_SNIPPETS_FILE, search.snippets],
      ] as const) {
        const json = JSON.stringify(data);
        const written = await actions.createData(file, json);
        // Beside it, gzipped: the bundler emits it as a file too (createData writes text only).
        await writeFile(path.join(path.dirname(written), gzipped(file)), gzipSync(json, {level: 9}));
      }
      await actions.createData(SEARCH_TEXTS_FILE, JSON.stringify(search.texts));
    },

    async postBuild({outDir, content}) {
      // The API is one set of files for every locale: the default locale's build writes it at the root.
      if (locale === DEFAULT_LOCALE) await writeApi(outDir, content, siteDir);
    },
  };
}
