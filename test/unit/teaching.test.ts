/**
 * The learning path's data, as lessons and quizzes read it: quizzes drawn from the facts, each
 * question answerable and cited; a changed fact changes its question; the glossary in every locale;
 * Traditional Chinese wholly converted.
 */
import assert from 'node:assert/strict';
import {before, describe, it} from 'node:test';
import {type StandardsContent, compileStandards} from '../../plugins/standards-compiler/compile';
import {buildTeachingData} from '../../plugins/standards-compiler/teaching/build';
import {LESSONS, QUIZZES, type TeachingData} from '../../src/core/teaching/types';
import {LOCALES, type Locale} from '../../src/core/vocabulary';
import {simplifiedOnlyIn} from '../support/simplifiedOnly';

let content: StandardsContent;
const data = {} as Record<Locale, TeachingData>;

before(async () => {
  content = await compileStandards(process.cwd());
  for (const locale of LOCALES) data[locale] = buildTeachingData(content, locale);
});

describe('the quizzes', () => {
  it('ask every lesson at least three questions, each with one right answer among distinct choices and a cited source', () => {
    for (const locale of LOCALES) {
      for (const quiz of QUIZZES) {
        const questions = data[locale].quizzes[quiz];
        assert.ok(questions.length >= 3, `${locale} ${quiz}: ${questions.length} questions`);
        assert.equal(new Set(questions.map((q) => q.id)).size, questions.length, `${locale} ${quiz}: ids repeat`);
        for (const q of questions) {
          const where = `${locale} ${quiz} ${q.id}`;
          assert.ok(q.choices.length >= 2, where);
          assert.equal(new Set(q.choices).size, q.choices.length, `${where}: a choice repeats: ${q.choices}`);
          assert.ok(q.answer >= 0 && q.answer < q.choices.length, where);
          assert.ok(q.sources.length > 0, `${where}: no source`);
          for (const s of q.sources) assert.ok(s.title && s.publisher && s.year, `${where}: ${s.id}`);
          assert.doesNotMatch(`${q.prompt} ${q.choices.join(' ')} ${q.explanation}`, /\{\w+\}|undefined|NaN/, where);
        }
      }
    }
  });

  it("ask the same questions in every locale, in the locale's words", () => {
    for (const quiz of QUIZZES) {
      const ids = (locale: Locale) => data[locale].quizzes[quiz].map((q) => q.id);
      assert.deepEqual(ids('zh-Hans'), ids('en'), quiz);
      assert.deepEqual(ids('zh-Hant'), ids('en'), quiz);
      for (const q of data['zh-Hans'].quizzes[quiz]) assert.match(q.prompt, /\p{Script=Han}/u, q.id);
    }
  });

  it('change a question when the fact behind it changes', () => {
    const question = data.en.quizzes['audit-cycle'].find((q) => q.id.startsWith('validity-'))!;
    const id = question.id.slice('validity-'.length);
    const years = content.standards.find((s) => s.id === id)!.certification!.validity!.years;
    assert.match(question.choices[question.answer], new RegExp(`^${years} years?$`));
    const changed: StandardsContent = {
      ...content,
      standards: content.standards.map((s) =>
        s.id === id
          ? {...s, certification: {...s.certification!, validity: {...s.certification!.validity!, years: years + 4}}}
          : s,
      ),
    };
    const after = buildTeachingData(changed, 'en').quizzes['audit-cycle'].find((q) => q.id === question.id)!;
    assert.equal(after.choices[after.answer], `${years + 4} years`);
    assert.match(after.explanation, new RegExp(`${years + 4} years`));
  });

  it('ask who accredits the certifiers of a region with the body the data names for it', () => {
    for (const q of data.en.quizzes['what-is-certification']) {
      const body = content.landscape.accreditation!.find((b) => b.acronym === q.choices[q.answer])!;
      assert.ok(body, q.id);
      assert.match(q.explanation, new RegExp(body.acronym));
    }
  });
});

describe('the lessons', () => {
  it('are named by their titles in every locale, in the order of the path', () => {
    for (const locale of LOCALES)
      assert.deepEqual(
        data[locale].lessons.map((l) => l.id),
        [...LESSONS],
        locale,
      );
    assert.equal(data.en.lessons.find((l) => l.id === 'audit-cycle')?.title, 'How an audit cycle runs');
    assert.match(data['zh-Hans'].lessons[0].title, /\p{Script=Han}/u);
  });
});

describe('the glossary', () => {
  it('defines every term in every locale, in alphabetical order, and links only terms it has', () => {
    for (const locale of LOCALES) {
      const {glossary} = data[locale];
      assert.equal(glossary.length, content.glossary.length, locale);
      const ids = new Set(glossary.map((t) => t.id));
      for (const t of glossary) {
        assert.ok(t.term && t.definition, `${locale} ${t.id}`);
        for (const s of t.seeAlso) assert.ok(ids.has(s.id), `${locale} ${t.id} -> ${s.id}`);
      }
      const terms = glossary.map((t) => t.term);
      assert.deepEqual(
        terms,
        [...terms].sort((a, b) => a.localeCompare(b, locale)),
        locale,
      );
    }
  });
});

describe('the Traditional Chinese teaching data', () => {
  it('holds no Simplified-only character in a term, a definition, a question or an explanation', () => {
    const {glossary, quizzes, designs} = data['zh-Hant'];
    const texts = [
      ...glossary.flatMap((t) => [t.term, t.definition, ...t.aliases]),
      ...Object.values(quizzes).flatMap((qs) => qs.flatMap((q) => [q.prompt, ...q.choices, q.explanation])),
      ...designs.flatMap((d) => [d.label, d.meaning]),
      ...data['zh-Hant'].lessons.map((l) => l.title),
    ];
    assert.deepEqual(simplifiedOnlyIn(texts.join('\n')), []);
  });

  it("names certification and accreditation in Taiwan's words: 驗證 and 認證", () => {
    const term = (id: string) => data['zh-Hant'].glossary.find((t) => t.id === id)?.term;
    assert.equal(term('certification'), '驗證');
    assert.equal(term('accreditation'), '認證');
    assert.equal(term('certification-body'), '驗證機構');
  });
});
