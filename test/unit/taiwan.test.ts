/**
 * Traditional Chinese in Taiwan's usage, derived from the Simplified text: the converter with the
 * reviewed table of regional terms, the derived locale in the data, and the interface's tables.
 */
import assert from 'node:assert/strict';
import {describe, it} from 'node:test';
import {adviseCommand} from '../../plugins/standards-compiler/cli/adviseCommand';
import {createTaiwanConverter} from '../../plugins/standards-compiler/taiwan/convert';
import {phraseTable} from '../../plugins/standards-compiler/taiwan/generate';
import {loadTerminology} from '../../plugins/standards-compiler/terminology';
import {addDerivedLocales} from '../../src/core/derivedLocales';
import {LABELS} from '../../src/core/labels';
import {toTaiwan} from '../../src/core/taiwan';
import {simplifiedOnlyIn} from '../support/simplifiedOnly';

const TERMS = [
  {'zh-Hans': '认证', 'zh-Hant': '驗證'},
  {'zh-Hans': '认可', 'zh-Hant': '認證'},
  {'zh-Hans': '国家认可委员会', 'zh-Hant': '國家認可委員會'},
];

describe('the Taiwan converter', () => {
  const convert = createTaiwanConverter(TERMS);

  it("writes mainland certification (认证) as Taiwan's 驗證 and accreditation (认可) as its 認證", () => {
    assert.equal(convert('经认可的认证机构颁发证书'), '經認證的驗證機構頒發證書');
  });

  it('keeps a proper name the table lists whole, though it holds a shorter term', () => {
    assert.equal(convert('中国合格评定国家认可委员会'), '中國合格評定國家認可委員會');
  });

  it("uses Taiwan's words where OpenCC knows them (软件 -> 軟體) and leaves Latin text alone", () => {
    assert.equal(convert('ISO 9001 软件'), 'ISO 9001 軟體');
    assert.equal(convert('COPC CX Standard'), 'COPC CX Standard');
  });

  it("follows the site's own table: a certification body is a 驗證機構 and an accreditation body a 認證機構 in Taiwan", async () => {
    const {taiwan} = await loadTerminology(process.cwd());
    const table = new Map(taiwan.map((t) => [t['zh-Hans'], t['zh-Hant']]));
    assert.equal(table.get('认证'), '驗證');
    assert.equal(table.get('认证机构'), '驗證機構');
    assert.equal(table.get('认可机构'), '認證機構');
  });
});

describe('the derived locale in the data', () => {
  it('adds zh-Hant beside every zh-Hans value, at any depth, and leaves other values alone', () => {
    const data = {
      title: {en: 'Certification', 'zh-Hans': '认证'},
      words: {en: ['audit'], 'zh-Hans': ['审核', '内审']},
      items: [{note: {en: 'x', 'zh-Hans': '质量'}}],
      year: 2020,
    };
    const derived = addDerivedLocales(data, {'zh-Hant': createTaiwanConverter(TERMS)});
    assert.equal(derived.title['zh-Hant'], '驗證');
    assert.deepEqual(derived.words['zh-Hant'], ['稽核', '內審']);
    assert.equal(derived.items[0].note['zh-Hant'], '質量');
    assert.equal(derived.year, 2020);
  });
});

describe("the interface's Traditional tables", () => {
  it('replay a whole run of the source as converted at build time, and convert text made at run time', () => {
    const convert = createTaiwanConverter(TERMS);
    const table = phraseTable(['const a = "认证机构";'], [], convert);
    assert.equal(table.phrases['认证机构'], '驗證機構');
    assert.equal(table.characters['机'], '機');
  });

  it('hold no Simplified-only character in any zh-Hant label', () => {
    const stray = simplifiedOnlyIn(JSON.stringify(LABELS['zh-Hant']));
    assert.deepEqual(stray, []);
  });

  it('say the same as the Simplified ones, in Traditional characters', () => {
    assert.equal(LABELS['zh-Hant'].statuses.withdrawn, '已廢止');
    assert.equal(toTaiwan('认证对象'), '驗證對象');
  });
});

describe('the command line in Traditional Chinese', () => {
  it('answers --locale zh-Hant wholly in Traditional characters, headings and reasons alike', async () => {
    const args = ['--industry', 'banking', '--operation', 'in-house', '--country', 'TW', '--budget', '800000'];
    const run = await adviseCommand([...args, '--goal', 'operational-performance', '--locale', 'zh-Hant']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.stdout, /首選：/);
    assert.deepEqual(simplifiedOnlyIn(run.stdout), []);
  });
});
