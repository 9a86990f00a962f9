/**
 * Quizzes generated from the data at build time: every question asks about a sourced fact (who
 * accredits, how a standard is built, how long a certificate runs, whom it certifies, what a
 * clause maps to, which came first, what replaced what), and its explanation states the fact and
 * cites its sources. Change a fact and its question changes. Choices are drawn deterministically
 * (a hash of the question's id), so a build gives the same quiz every time.
 */
import type {StandardsContent} from '../compile';
import {leafUnits, shownUnitId, walkUnits} from '../../../src/core/clauses';
import {LABELS} from '../../../src/core/labels';
import {percentText} from '../../../src/core/format';
import {standardRoute} from '../../../src/core/paths';
import {fill, TEACHING_PHRASES, yearsText} from '../../../src/core/teaching/phrases';
import {LESSONS, type LessonId, type Question, type QuizId, type StandardFacts} from '../../../src/core/teaching/types';
import {localize, PUNCTUATION} from '../../../src/core/text';
import type {Unit} from '../../../src/core/schema';
import {type Locale, isCommonStructure} from '../../../src/core/vocabulary';
import {citer, teachingFacts} from './facts';

/** How many questions a lesson's quiz asks at most, and the mixed quiz. */
const PER_LESSON = 5;
const MIXED = 10;

/**
 * A stable number from a string (FNV-1a, then MurmurHash3's finalizer so that ids alike in shape,
 * such as "9.2-9.2" and "4.2-4.2", do not land alike), to draw choices the same way on every build.
 */
const hash = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/**
 * `count` items of `pool`, drawn in an order fixed by `seed` and each item's key: an id, never
 * its words, so that every locale draws the same questions and a changed fact keeps its question.
 */
const draw = <T>(pool: readonly T[], count: number, seed: string, key: (item: T) => string | number = String): T[] =>
  [...pool].sort((a, b) => hash(`${seed}:${key(a)}`) - hash(`${seed}:${key(b)}`)).slice(0, count);
const byId = (item: {id: string}) => item.id;

/** The right answer among the distractors, at a place fixed by the question's id. */
function choicesWith(answer: string, distractors: readonly string[], id: string): {choices: string[]; answer: number} {
  const others = [...new Set(distractors)].filter((d) => d !== answer);
  const at = hash(id) % (others.length + 1);
  const choices = [...others.slice(0, at), answer, ...others.slice(at)];
  return {choices, answer: at};
}

export function buildQuizzes(content: StandardsContent, locale: Locale): Record<QuizId, Question[]> {
  const facts = teachingFacts(content, locale);
  const cite = citer(content);
  const p = TEACHING_PHRASES[locale];
  const labels = LABELS[locale];
  const list = (items: string[]) => items.join(PUNCTUATION[locale].list);
  const all = Object.values(facts.standards).sort((a, b) => a.id.localeCompare(b.id));
  const current = all.filter((s) => content.standards.find((r) => r.id === s.id)!.status === 'current');
  const more = (s: StandardFacts) => ({path: s.path, label: fill(p.readMore, {what: s.short})});

  const quizzes = {} as Record<LessonId, Question[]>;

  // Who accredits the certifiers, region by region.
  quizzes['what-is-certification'] = draw(facts.accreditation, PER_LESSON, 'accreditation', (b) => b.acronym).map(
    (body) => {
      const id = `accredits-${body.acronym.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
      const others = draw(
        facts.accreditation.filter((b) => b.acronym !== body.acronym).map((b) => b.acronym),
        3,
        id,
      );
      return {
        id,
        prompt: fill(p.accreditsWho, {region: body.region}),
        ...choicesWith(body.acronym, others, id),
        explanation: fill(p.accreditsWhy, {acronym: body.acronym, name: body.name, region: body.region}),
        sources: body.sources,
      };
    },
  );

  // How a standard is built; which one prescribes results.
  const designed = current.filter((s) => s.design);
  const byDesign = draw(
    // By id, not in the group's order, which follows the locale's names: every locale asks of the same standards.
    facts.designs
      .map((g) => [...g.standards].sort().find((id) => designed.some((s) => s.id === id)))
      .filter(Boolean) as string[],
    PER_LESSON - 1,
    'design',
  ).map((id) => facts.standards[id]);
  quizzes['kinds-of-standards'] = byDesign.map((s) => {
    const id = `design-${s.id}`;
    const others = draw(
      facts.designs.filter((g) => g.id !== s.design!.value),
      3,
      id,
      byId,
    ).map((g) => g.label);
    return {
      id,
      prompt: fill(p.designOf, {name: s.short}),
      ...choicesWith(s.design!.text, others, id),
      explanation: fill(p.designWhy, {
        name: s.short,
        design: s.design!.text,
        meaning: labels.designMeanings[s.design!.value],
      }),
      sources: s.design!.sources,
      more: more(s),
    };
  });
  const performance = designed.filter((s) => s.design!.value === 'performance');
  if (performance.length) {
    const [s] = draw(performance, 1, 'performance', byId);
    const id = `performance-${s.id}`;
    const others = draw(
      designed.filter((o) => o.design!.value !== 'performance' && o.design!.value !== 'guidance'),
      3,
      id,
      byId,
    );
    quizzes['kinds-of-standards'].push({
      id,
      prompt: p.whichPerformance,
      ...choicesWith(
        s.short,
        others.map((o) => o.short),
        id,
      ),
      explanation: fill(p.performanceWhy, {
        name: s.short,
        others: list(others.map((o) => `${o.short}${PUNCTUATION[locale].label}${o.design!.text}`)),
      }),
      sources: [s, ...others].flatMap((o) => o.design!.sources),
      more: more(s),
    });
  }

  // How long a certificate runs.
  const valid = current.filter((s) => s.validity);
  const spans = [...new Set(valid.map((s) => s.validity!.value)), 1, 2, 3, 4, 5];
  quizzes['audit-cycle'] = draw(valid, PER_LESSON, 'validity', byId).map((s) => {
    const id = `validity-${s.id}`;
    const others = draw(
      [...new Set(spans)].filter((n) => n !== s.validity!.value),
      3,
      id,
    ).sort((a, b) => a - b);
    const ordered = [...others, s.validity!.value].sort((a, b) => a - b);
    return {
      id,
      prompt: fill(p.validityOf, {name: s.short}),
      choices: ordered.map((n) => yearsText(n, locale)),
      answer: ordered.indexOf(s.validity!.value),
      explanation: fill(p.validityWhy, {name: s.short, validity: s.validity!.text}),
      sources: s.validity!.sources,
      more: more(s),
    };
  });

  // Whom a certification certifies; which one certifies people.
  const certifying = current.filter((s) => s.certifies);
  const people = certifying.filter((s) => s.certifies!.value === 'individual');
  const organisations = certifying.filter((s) => s.certifies!.value === 'organization');
  quizzes['who-is-certified'] = [
    ...draw(people, 2, 'people', byId),
    ...draw(organisations, 2, 'organisations', byId),
  ].map((s) => {
    const id = `certifies-${s.id}`;
    const parties = Object.values(labels.parties);
    return {
      id,
      prompt: fill(p.whomCertifies, {name: s.short}),
      choices: parties,
      answer: parties.indexOf(s.certifies!.text),
      explanation: fill(p.certifiesWhy, {name: s.short, party: s.certifies!.text}),
      sources: s.certifies!.sources,
      more: more(s),
    };
  });
  if (people.length && organisations.length >= 3) {
    const [person] = draw(people, 1, 'which-people', byId);
    const id = `which-people-${person.id}`;
    const others = draw(organisations, 3, id, byId);
    quizzes['who-is-certified'].push({
      id,
      prompt: p.whichPeople,
      ...choicesWith(
        person.short,
        others.map((o) => o.short),
        id,
      ),
      explanation: fill(p.peopleWhy, {name: person.short, others: list(others.map((o) => o.short))}),
      sources: [person, ...others].flatMap((o) => o.certifies!.sources),
      more: more(person),
    });
  }

  // What a clause maps to, between two standards (not two editions of one).
  const between = content.crosswalks.filter((x) => x.from.split(':')[0] !== x.to.split(':')[0]);
  const close = between.flatMap((x) =>
    x.mappings.filter((m) => m.strength >= 8 && m.relationship !== 'no-relationship').map((m) => ({x, m})),
  );
  const catalogue = (ref: string) => content.catalogues.find((c) => `${c.standard}:${c.key}` === ref)!;
  const unitOf = (ref: string, id: string) => {
    const c = catalogue(ref);
    return {c, unit: [...walkUnits(c.units)].find((w) => w.unit.id === id)!.unit};
  };
  const unitText = (u: Unit) => [shownUnitId(u.id), localize(u.title, locale)].filter(Boolean).join(' ');
  quizzes['reading-crosswalks'] = draw(
    close,
    PER_LESSON - 1,
    'maps-to',
    ({x, m}) => `${x.from}/${m.from}-${x.to}/${m.to}`,
  ).map(({x, m}) => {
    const id = `maps-to-${x.from}/${m.from}-${x.to}/${m.to}`;
    const from = unitOf(x.from, m.from);
    const to = unitOf(x.to, m.to);
    const fromName = facts.standards[from.c.standard].short;
    const toName = facts.standards[to.c.standard].short;
    const targets = new Set(x.mappings.filter((o) => o.from === m.from).map((o) => o.to));
    const others = draw(
      leafUnits(to.c).filter((w) => !targets.has(w.unit.id)),
      3,
      id,
      (w) => w.unit.id,
    ).map((w) => unitText(w.unit));
    return {
      id,
      prompt: fill(p.mapsTo, {from: fromName, unit: unitText(from.unit), to: toName}),
      ...choicesWith(unitText(to.unit), others, id),
      explanation: fill(p.mapsToWhy, {
        from: fromName,
        unit: unitText(from.unit),
        relationship: labels.relationships[m.relationship],
        to: toName,
        target: unitText(to.unit),
        strength: m.strength,
        rationale: localize(m.rationale, locale),
      }),
      sources: cite(m.sources, locale),
      more: {path: standardRoute(to.c.standard), label: fill(p.readMore, {what: toName})},
    };
  });
  // The question asks what holding one standard covers of another: no one holds a common structure.
  const gaps = Object.values(facts.gaps).filter(
    (g) => g.weightedShare > 0 && g.units >= 5 && !isCommonStructure(facts.standards[g.from]),
  );
  if (gaps.length) {
    const [g] = draw(gaps, 1, 'coverage', (gap) => `${gap.from}--${gap.to}`);
    const id = `coverage-${g.from}-${g.to}`;
    const right = Math.round(g.weightedShare * 10) * 10;
    const shares = [10, 30, 50, 70, 90].map((n) => (Math.abs(n - right) < 10 ? right : n));
    const values = [...new Set([...shares, right])].filter((n) => n !== right);
    const picked = [...draw(values, 3, id), right].sort((a, b) => a - b);
    const names = {from: facts.standards[g.from].short, to: facts.standards[g.to].short};
    quizzes['reading-crosswalks'].push({
      id,
      prompt: fill(p.coverageOf, names),
      choices: picked.map((n) => percentText(n / 100)),
      answer: picked.indexOf(right),
      explanation: fill(p.coverageWhy, {...names, weighted: percentText(g.weightedShare)}),
      sources: g.sources,
      more: {path: g.path, label: fill(p.readMore, {what: `${names.from} → ${names.to}`})},
    });
  }

  // Which came first; what replaced what.
  const dated = all.filter((s) => s.firstPublished);
  const firsts: Question[] = [];
  for (const s of draw(dated, PER_LESSON, 'first', byId)) {
    const id = `first-${s.id}`;
    const year = s.firstPublished!.value;
    // Three others published at least three years later, so that the answer does not hang on a year's doubt.
    const later = draw(
      dated.filter((o) => o.firstPublished!.value >= year + 3),
      3,
      id,
      byId,
    );
    if (later.length < 2) continue;
    firsts.push({
      id,
      prompt: p.whichFirst,
      ...choicesWith(
        s.short,
        later.map((o) => o.short),
        id,
      ),
      explanation: fill(p.firstWhy, {
        first: fill(p.publishedIn, {name: s.short, year}),
        others: list(later.map((o) => fill(p.publishedIn, {name: o.short, year: o.firstPublished!.value}))),
      }),
      sources: [s, ...later].flatMap((o) => o.firstPublished!.sources),
      more: more(s),
    });
  }
  const replaced = content.standards.flatMap((s) =>
    (s.related ?? []).filter((r) => r.type === 'successor').map((r) => ({s, r})),
  );
  const replacements: Question[] = replaced.map(({s, r}) => {
    const id = `replaced-${s.id}`;
    const [name, successor] = [facts.standards[s.id].short, facts.standards[r.id].short];
    const others = draw(
      current.filter((o) => o.id !== r.id && o.id !== s.id && o.design?.value === facts.standards[r.id].design?.value),
      3,
      id,
      byId,
    ).map((o) => o.short);
    const distractors =
      others.length >= 2
        ? others
        : draw(
            current.filter((o) => o.id !== r.id && o.id !== s.id),
            3,
            id,
            byId,
          ).map((o) => o.short);
    return {
      id,
      prompt: fill(p.replacedBy, {name}),
      ...choicesWith(successor, distractors, id),
      explanation: fill(p.replacedWhy, {name, successor}),
      sources: cite(r.sources, locale),
      more: more(facts.standards[r.id]),
    };
  });
  quizzes['choosing-a-certification'] = [...replacements, ...firsts].slice(0, PER_LESSON);

  const mixed = LESSONS.flatMap((lesson) => quizzes[lesson].slice(0, 2)).slice(0, MIXED);
  return {...quizzes, mixed};
}
