/**
 * What the lessons' components name must exist: a standard, a glossary term, a fact of that
 * standard, a crosswalk between two standards, a quiz. A lesson naming something that does not is
 * reported with its file, line and attribute, as any other mistake in the data.
 */
import type {LoadedCorpus} from './load';
import type {Problem} from './problems';
import {GLOSSARY_FILE, STANDARDS_DIR} from './dataFiles';
import {LESSON_FACT_FIELDS, type LessonFactField, QUIZZES} from '../../src/core/teaching/types';

/** The facts <Fact field> can show, and where each lives in a standard's frontmatter. */
const FACT_FIELDS: Record<LessonFactField, (data: LoadedCorpus['standards'][number]['data']) => unknown> = {
  firstPublished: (d) => d.firstPublished,
  owner: (d) => d.owner,
  certifies: (d) => d.certification?.certifies,
  validity: (d) => d.certification?.validity,
  latestEdition: (d) => d.editions,
  design: (d) => d.design,
};

const TAG = /<([A-Z][A-Za-z]*)\b([^>]*?)\/?>/g;
const ATTRIBUTE = /([a-zA-Z]+)="([^"]*)"/g;

export function crossCheckLessons(corpus: LoadedCorpus): Problem[] {
  const problems: Problem[] = [];
  const standards = new Map(corpus.standards.map((s) => [s.data.id, s.data]));
  const terms = new Set((corpus.glossary ?? []).map((t) => t.id));
  const crosswalked = new Set(
    corpus.crosswalks.flatMap(({data}) => {
      const [a, b] = [data.from.split(':')[0], data.to.split(':')[0]];
      return [`${a}--${b}`, `${b}--${a}`];
    }),
  );
  for (const {file, text} of corpus.lessons) {
    for (const match of text.matchAll(TAG)) {
      const [, component, attributeText] = match;
      const line = text.slice(0, match.index).split('\n').length;
      const attributes = Object.fromEntries([...attributeText.matchAll(ATTRIBUTE)].map(([, k, v]) => [k, v]));
      const report = (attribute: string, message: string) =>
        problems.push({file, path: `line ${line}: <${component} ${attribute}>`, message});
      const standard = (attribute: string, id: string) => {
        if (!standards.has(id)) report(attribute, `expected the id of a standard in ${STANDARDS_DIR}/, got "${id}"`);
        return standards.get(id);
      };
      const list = (value: string) =>
        value
          .split(',')
          .map((v) => v.trim())
          .filter(Boolean);
      switch (component) {
        case 'Term':
          if (!terms.has(attributes.id))
            report('id', `expected the id of a term in ${GLOSSARY_FILE}, got "${attributes.id}"`);
          break;
        case 'StandardName':
          standard('id', attributes.id);
          break;
        case 'Fact': {
          const s = standard('standard', attributes.standard);
          const field = FACT_FIELDS[attributes.field as LessonFactField] as
            (typeof FACT_FIELDS)[LessonFactField] | undefined;
          if (!field) report('field', `expected one of ${LESSON_FACT_FIELDS.join(', ')}, got "${attributes.field}"`);
          else if (s && field(s) === undefined)
            report('field', `expected a fact ${attributes.standard} has in its frontmatter, got "${attributes.field}"`);
          break;
        }
        case 'Timeline':
        case 'MiniCompare':
          for (const id of list(attributes.standards ?? '')) standard('standards', id);
          break;
        case 'GapExample':
          standard('from', attributes.from);
          standard('to', attributes.to);
          if (!crosswalked.has(`${attributes.from}--${attributes.to}`))
            report(
              'from',
              `expected two standards with a crosswalk between them, got "${attributes.from}" and "${attributes.to}"`,
            );
          break;
        case 'Quiz':
          if (!(QUIZZES as readonly string[]).includes(attributes.lesson))
            report('lesson', `expected one of ${QUIZZES.join(', ')}, got "${attributes.lesson}"`);
          break;
      }
    }
  }
  return problems;
}
