// ESLint: typescript-eslint and the rules of React hooks, and the boundary between the browser's
// domain layer (src/core), the site's components (src/) and the Node-only build plugin (plugins/).
// Formatting is Prettier's (eslint-config-prettier turns off the rules it owns). `npm run lint`.
import {builtinModules} from 'node:module';
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NOT_THE_PLUGIN = {
  group: ['**/plugins/**', '@site/plugins/**'],
  message: 'Code under src/ runs in the browser: it never imports the build plugin. Move what both need to src/core/.',
};
const NODE_ONLY = {
  group: [...builtinModules, 'node:*'],
  message: 'src/core/ is bundled for the browser: no Node module. Node work belongs in plugins/standards-compiler/.',
};
const NO_FRAMEWORK = {
  group: [
    'react',
    'react-dom',
    'react/*',
    '@docusaurus/*',
    '@theme/*',
    '@generated/*',
    '@site/*',
    '**/components/**',
    '**/pages/**',
    '**/theme/**',
  ],
  message: 'src/core/ is the framework-free domain layer: no React, no Docusaurus, nothing of the site around it.',
};
const ONLY_THE_DOMAIN = {
  group: [
    '**/src/components/**',
    '**/src/pages/**',
    '**/src/theme/**',
    '@site/src/components/**',
    '@site/src/pages/**',
    '@theme/*',
  ],
  message: "The build plugin imports the domain layer (src/core/) only, never the site's components.",
};

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'static/',
      'standards-data/schema/',
      'src/core/generated/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'},
      ],
    },
  },
  {files: ['src/**/*.{ts,tsx}'], plugins: {'react-hooks': reactHooks}, rules: reactHooks.configs.recommended.rules},
  {files: ['src/**/*.{ts,tsx}'], rules: {'no-restricted-imports': ['error', {patterns: [NOT_THE_PLUGIN]}]}},
  {
    files: ['src/core/**/*.ts'],
    rules: {'no-restricted-imports': ['error', {patterns: [NOT_THE_PLUGIN, NODE_ONLY, NO_FRAMEWORK]}]},
  },
  {files: ['plugins/**/*.ts'], rules: {'no-restricted-imports': ['error', {patterns: [ONLY_THE_DOMAIN]}]}},
  prettier,
);
