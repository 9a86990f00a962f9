/**
 * The lint rule that keeps the layers apart: src/ (the browser) never imports the build plugin,
 * src/core/ (the domain layer) imports neither Node nor React nor the site around it, and the
 * plugin imports the domain layer but never a component. Each case is linted as if it were a file
 * at that place, with the project's own ESLint configuration.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {ESLint} from 'eslint';

const eslint = new ESLint({cwd: process.cwd()});

/** The messages of the import rule for `code` placed at `filePath`. */
async function importProblems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, {filePath});
  return result.messages.filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const cases: {where: string; code: string; expect: RegExp | null}[] = [
  {
    where: 'src/components/Example/index.tsx',
    code: "import {compileStandards} from '@site/plugins/standards-compiler/compile';\n",
    expect: /never imports the build plugin/,
  },
  {
    where: 'src/components/Example/index.tsx',
    code: "import {x} from '../../../plugins/standards-compiler/props';\n",
    expect: /never imports the build plugin/,
  },
  {where: 'src/core/example.ts', code: "import {readFile} from 'node:fs/promises';\n", expect: /no Node module/},
  {where: 'src/core/example.ts', code: "import path from 'path';\n", expect: /no Node module/},
  {where: 'src/core/example.ts', code: "import React from 'react';\n", expect: /framework-free/},
  {where: 'src/core/example.ts', code: "import {translate} from '@docusaurus/Translate';\n", expect: /framework-free/},
  {where: 'src/core/example.ts', code: "import {useLabels} from '../components/labels';\n", expect: /framework-free/},
  {
    where: 'src/core/example.ts',
    code: "import {x} from '../../plugins/standards-compiler/compile';\n",
    expect: /never imports the build plugin/,
  },
  {
    where: 'plugins/standards-compiler/example.ts',
    code: "import {useLabels} from '../../src/components/labels';\n",
    expect: /domain layer \(src\/core\/\) only/,
  },
  // What each layer may import.
  {
    where: 'src/core/example.ts',
    code: "import {LOCALES} from './vocabulary';\nimport * as z from 'zod';\n",
    expect: null,
  },
  {
    where: 'src/components/Example/index.tsx',
    code: "import {LOCALES} from '@site/src/core/vocabulary';\n",
    expect: null,
  },
  {
    where: 'plugins/standards-compiler/example.ts',
    code: "import {readFile} from 'node:fs/promises';\nimport {LOCALES} from '../../src/core/vocabulary';\n",
    expect: null,
  },
];

describe('the layers, as the linter keeps them', () => {
  for (const {where, code, expect} of cases) {
    const statement = code.trim().split('\n').at(-1);
    it(`${expect ? 'refuses' : 'allows'} ${statement} in ${where}`, async () => {
      const problems = await importProblems(where, `${code}export {};\n`);
      if (expect) {
        assert.equal(problems.length, 1, `expected one import problem, got ${JSON.stringify(problems)}`);
        assert.match(problems[0], expect);
      } else {
        assert.deepEqual(problems, []);
      }
    });
  }
});
