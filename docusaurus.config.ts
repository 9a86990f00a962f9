import type * as Preset from '@docusaurus/preset-classic';
import type {Config, PluginModule} from '@docusaurus/types';
import {themes as prismThemes} from 'prism-react-renderer';
import contentSecurityPolicy from './plugins/content-security-policy/index';
import noCodeHighlighting from './plugins/no-code-highlighting/index';
import {PRECACHE_IGNORES, PRECACHE_MAXIMUM_FILE_BYTES, pagesByAddress} from './plugins/offline/precache';
import standardsCompiler from './plugins/standards-compiler/index';
import {DEFAULT_LOCALE, LOCALES, LOCALE_HTML_LANG, LOCALE_LABELS} from './src/core/vocabulary';

const config: Config = {
  title: 'Standards Atlas',
  tagline: 'Contact-centre quality standards and certifications, compared and explained',
  favicon: 'img/logo.svg',
  // Replace with the address the site is published at; every link is relative to baseUrl.
  url: 'https://standards-atlas.example',
  baseUrl: '/',
  trailingSlash: false,

  onBrokenLinks: 'throw',
  onBrokenAnchors: 'throw',
  markdown: {hooks: {onBrokenMarkdownLinks: 'throw'}},

  future: {v4: true},

  i18n: {
    defaultLocale: DEFAULT_LOCALE,
    locales: [...LOCALES],
    localeConfigs: Object.fromEntries(
      LOCALES.map((locale) => [locale, {label: LOCALE_LABELS[locale], htmlLang: LOCALE_HTML_LANG[locale]}]),
    ),
  },

  // Docusaurus types plugins' content as unknown; ours is typed StandardsContent.
  plugins: [
    standardsCompiler as PluginModule,
    contentSecurityPolicy,
    noCodeHighlighting,
    // The learning path (/learn): lessons written as docs, their sidebar in the order of their
    // `sidebar_position`; their components read the standards compiler's data (src/components/Learn/).
    ['@docusaurus/plugin-content-docs', {id: 'learn', path: 'docs/learn', routeBasePath: 'learn'}],
    // Offline for every visitor, not only installed apps: a classroom may lose its network after
    // the first visit. Each locale's worker saves its site (plugins/offline/precache.ts) and keeps
    // the search files it fetches (src/serviceWorker/searchFiles.js).
    [
      '@docusaurus/plugin-pwa',
      {
        offlineModeActivationStrategies: ['always'],
        // Registered a moment after the page has loaded (src/clientModules/registerServiceWorker.ts).
        swRegister: require.resolve('./src/clientModules/registerServiceWorker.ts'),
        swCustom: require.resolve('./src/serviceWorker/searchFiles.js'),
        injectManifestConfig: {
          globIgnores: PRECACHE_IGNORES,
          maximumFileSizeToCacheInBytes: PRECACHE_MAXIMUM_FILE_BYTES,
          manifestTransforms: [pagesByAddress],
        },
        pwaHead: [
          {tagName: 'link', rel: 'manifest', href: '/manifest.json'},
          {tagName: 'meta', name: 'theme-color', content: '#1f6f8b'},
        ],
      },
    ],
  ],
  clientModules: ['./src/clientModules/hydrated.ts', './src/clientModules/saveSearchForOffline.ts'],

  presets: [
    [
      'classic',
      {
        // Standards' pages are compiled by our own plugin; the lessons are a docs plugin of their own (above).
        docs: false,
        blog: false,
        theme: {customCss: './src/css/custom.css'},
      } satisfies Preset.Options,
    ],
  ],

  themeConfig: {
    colorMode: {respectPrefersColorScheme: true},
    navbar: {
      title: 'Standards Atlas',
      // No alt: beside the title the logo is decorative, and Docusaurus then gives it an empty one.
      logo: {src: 'img/logo.svg'},
      items: [
        {to: '/standards', label: 'Standards', position: 'left'},
        {to: '/landscape', label: 'Landscape', position: 'left'},
        {to: '/compare', label: 'Compare', position: 'left'},
        {to: '/crosswalk', label: 'Crosswalk', position: 'left'},
        {to: '/advisor', label: 'Advisor', position: 'left'},
        {to: '/learn', label: 'Learn', position: 'left'},
        {type: 'search', position: 'right'},
        {type: 'localeDropdown', position: 'right'},
      ],
    },
    footer: {
      style: 'dark',
      links: [
        {
          title: 'Atlas',
          items: [
            {label: 'Standards', to: '/standards'},
            {label: 'Landscape', to: '/landscape'},
            {label: 'Compare', to: '/compare'},
            {label: 'Crosswalk', to: '/crosswalk'},
            {label: 'Advisor', to: '/advisor'},
            {label: 'Learn', to: '/learn'},
            {label: 'Search', to: '/search'},
          ],
        },
        {
          title: 'Data',
          items: [
            {label: 'JSON API: standards', href: 'pathname:///api/standards.json'},
            {label: 'JSON Schema', href: 'pathname:///api/schema/standards-api.schema.json'},
          ],
        },
      ],
      copyright: 'Standards Atlas. Figures are dated: each is shown with its source and the year it describes.',
    },
    prism: {theme: prismThemes.github, darkTheme: prismThemes.dracula},
  } satisfies Preset.ThemeConfig,
};

export default config;
