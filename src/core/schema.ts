/**
 * The one schema of a standard. Every figure is a claim: it names its sources and the year it is
 * "as of". Every text a reader sees is localized in all LOCALES, in the one file; translated pages
 * carry prose only, never facts.
 *
 * Messages start with "expected": the problem formatter appends what it got.
 */
import * as z from 'zod';
import type {WithDerivedLocales} from './derivedLocales';
import {STATUS_STALE_AFTER_YEARS} from './statusFreshness';
import {
  ADOPTION_EQUIVALENCES,
  CERTIFIED_PARTIES,
  CONFIDENCES,
  COUNTRY_CODES,
  CURRENCY_CODES,
  EARLIEST_YEAR,
  EDITION_STATUSES,
  FAMILIES,
  FOCUS_DIMENSIONS,
  FOCUS_SCORE_MAX,
  GLOBAL_REGION,
  INDUSTRIES,
  AUTHORED_LOCALES,
  type AuthoredLocale,
  LOCALES,
  LOCALE_ENGLISH_NAMES,
  MAPPING_METHODS,
  MAPPING_STATUSES,
  PROVENANCE_KINDS,
  RATIONALE_TYPES,
  RELATIONSHIPS,
  STRENGTH_RANGES,
  RELATION_TYPES,
  RECOGNIZERS,
  SCOPE_OPERATIONS,
  STANDARD_USES,
  STANDARD_ID_PATTERN,
  STANDARD_DESIGNS,
  STANDARD_KINDS,
  TEXT_ACCESS,
  UNIT_ID_PATTERN,
  latestYear,
} from './vocabulary';

export const text = (what: string) =>
  z
    .string({error: `expected ${what}`})
    .trim()
    .min(1, {error: `expected ${what}`});

/** A text in every locale: a missing locale is a missing translation. */
export const localizedTextSchema = z
  .strictObject(
    Object.fromEntries(AUTHORED_LOCALES.map((locale) => [locale, text(`${LOCALE_ENGLISH_NAMES[locale]} text`)])) as {
      [L in AuthoredLocale]: z.ZodString;
    },
    // Only for a missing or non-mapping value: unknown keys keep their own, more precise message.
    {
      error: (issue) =>
        issue.code === 'invalid_type' ? `expected a text in every locale (${AUTHORED_LOCALES.join(', ')})` : undefined,
    },
  )
  .meta({description: 'The same text in every locale of the site.'});

export const standardIdSchema = z
  .string({error: 'expected a kebab-case standard id'})
  .regex(STANDARD_ID_PATTERN, {error: 'expected a kebab-case standard id'});

export const sourceIdSchema = z
  .string({error: 'expected the id of a source in standards-data/sources/'})
  .regex(STANDARD_ID_PATTERN, {error: 'expected the id of a source in standards-data/sources/'});

export const yearSchema = z
  .int({error: 'expected a year'})
  .min(EARLIEST_YEAR, {error: `expected a year from ${EARLIEST_YEAR}`})
  .max(latestYear(), {error: 'expected a year no later than next year'});

export const urlSchema = z.url({error: 'expected an absolute URL', protocol: /^https?$/});

export const currencySchema = z.enum([...CURRENCY_CODES] as [string, ...string[]], {
  error: 'expected an ISO 4217 code',
});

export const regionSchema = z.enum([GLOBAL_REGION, ...COUNTRY_CODES] as [string, ...string[]], {
  error: `expected "${GLOBAL_REGION}" or an ISO 3166-1 alpha-2 code`,
});

/** Fields every figure carries: where it comes from and the year it describes. */
const claimFields = {
  sources: z
    .array(sourceIdSchema, {error: 'expected a list of source ids'})
    .min(1, {error: 'expected at least one source'})
    .meta({description: 'Ids of entries in standards-data/sources/.'}),
  asOf: yearSchema.meta({description: 'The year this figure describes.'}),
  circa: z
    .boolean({error: 'expected true or false'})
    .optional()
    .meta({description: 'True when the as-of year is inferred, not stated by the source.'}),
  note: localizedTextSchema.optional(),
};

export const claim = <T extends z.ZodRawShape>(shape: T) => z.strictObject({...shape, ...claimFields});

const count = (what: string) =>
  z.int({error: `expected a whole number of ${what}`}).positive({error: `expected a positive number of ${what}`});

const nameSchema = z.strictObject({
  name: text('a full name'),
  short: text('a short name'),
  aliases: z.array(text('an alias')).optional(),
});

const editionSchema = claim({
  version: text('an edition label, such as "2015" or "Release 7.0"'),
  year: yearSchema,
  status: z.enum(EDITION_STATUSES, {error: `expected one of ${EDITION_STATUSES.join(', ')}`}),
  date: z
    .string({error: 'expected a date as YYYY-MM or YYYY-MM-DD'})
    .regex(/^\d{4}-\d{2}(-\d{2})?$/, {error: 'expected a date as YYYY-MM or YYYY-MM-DD'})
    .optional(),
  successor: text('the version of a later edition').optional(),
  successorStandard: standardIdSchema.optional(),
});

/** A count the source gives as a lower bound ("more than 100"): shown as such, never as "about". */
const atLeastSchema = z
  .literal(true, {error: 'expected true (leave it out otherwise)'})
  .optional()
  .meta({description: 'The source gives the count as a lower bound, such as "more than 100".'});

const structureSchema = claim({
  edition: text("the version of one of this standard's editions").optional(),
  levels: z
    .array(
      z.strictObject({
        name: localizedTextSchema,
        count: count('units'),
        approximate: z.boolean({error: 'expected true or false'}).optional(),
        atLeast: atLeastSchema,
      }),
    )
    .min(1, {error: 'expected at least one level'}),
});

const focusScoreSchema = z.strictObject({
  score: z
    .int({error: `expected a whole score from 0 to ${FOCUS_SCORE_MAX}`})
    .min(0, {error: `expected a whole score from 0 to ${FOCUS_SCORE_MAX}`})
    .max(FOCUS_SCORE_MAX, {error: `expected a whole score from 0 to ${FOCUS_SCORE_MAX}`}),
  reason: localizedTextSchema,
});

const focusSchema = claim(
  Object.fromEntries(FOCUS_DIMENSIONS.map((d) => [d, focusScoreSchema])) as {
    [D in (typeof FOCUS_DIMENSIONS)[number]]: typeof focusScoreSchema;
  },
);

const usageSchema = claim({
  regions: z.array(regionSchema).min(1, {error: 'expected at least one region'}),
  industries: z
    .array(z.enum(['all', ...INDUSTRIES], {error: `expected "all" or one of ${INDUSTRIES.join(', ')}`}))
    .min(1, {error: 'expected at least one industry'}),
});

// The note is required: it is the "why" the advisor gives when it files a standard under guidance.
const scopeSchema = z.strictObject({
  ...claimFields,
  note: localizedTextSchema,
  operations: z
    .array(z.enum(SCOPE_OPERATIONS, {error: `expected one of ${SCOPE_OPERATIONS.join(', ')}`}))
    .min(1, {error: 'expected at least one kind of operation'})
    .meta({description: 'The kinds of operation the standard is written for.'}),
  use: z
    .enum(STANDARD_USES, {error: `expected one of ${STANDARD_USES.join(', ')}`})
    .meta({description: 'Whether an organisation is certified against it or adopts it as guidance.'}),
});

// The note says what the source found: who asks for it, and how.
const recognitionSchema = z.strictObject({
  ...claimFields,
  note: localizedTextSchema,
  by: z.enum(RECOGNIZERS, {error: `expected one of ${RECOGNIZERS.join(', ')}`}),
  regions: z.array(regionSchema).min(1, {error: 'expected at least one region'}),
});

const ratingLevelSchema = z.strictObject({
  name: localizedTextSchema,
  minScore: z.number({error: 'expected a score'}).optional(),
  maxScore: z.number({error: 'expected a score'}).optional(),
});

const certificationSchema = z.strictObject({
  certifies: claim({
    party: z.enum(CERTIFIED_PARTIES, {error: `expected one of ${CERTIFIED_PARTIES.join(', ')}`}),
  }),
  assessor: claim({text: localizedTextSchema}).optional(),
  steps: claim({items: z.array(localizedTextSchema).min(1, {error: 'expected at least one step'})}).optional(),
  validity: claim({
    years: z.number({error: 'expected a number of years'}).positive({error: 'expected a positive number of years'}),
  }).optional(),
  surveillance: claim({text: localizedTextSchema}).optional(),
  rating: claim({
    scheme: localizedTextSchema,
    maxScore: z.number({error: 'expected a score'}).optional(),
    levels: z.array(ratingLevelSchema).optional(),
  }).optional(),
  remediation: claim({text: localizedTextSchema}).optional(),
});

const monthsSchema = z
  .number({error: 'expected a number of months'})
  .positive({error: 'expected a positive number of months'});

const durationSchema = claim({
  minMonths: monthsSchema,
  maxMonths: monthsSchema.optional(),
  region: regionSchema,
  covers: localizedTextSchema,
});

const amountSchema = z.number({error: 'expected an amount'}).nonnegative({error: 'expected an amount of 0 or more'});

/** What a reported cost pays for: only a cost of certifying stands for a certification's price. */
export const COST_ITEMS = ['certification', 'exam', 'course', 'standard-text'] as const;

const costPointSchema = claim({
  currency: currencySchema,
  item: z.enum(COST_ITEMS, {error: `expected one of ${COST_ITEMS.join(', ')}`}),
  min: amountSchema.meta({description: 'The amount, or the low end of a range. Alone (no max) it reads "more than".'}),
  max: amountSchema.optional().meta({description: 'The high end of a range; equal to min for an exact amount.'}),
  region: regionSchema,
  covers: localizedTextSchema,
});

export const ADOPTION_MEASURES = [
  'certified-organizations',
  'certified-sites',
  // What a source counts as "successful certification cases" without saying of what: not sites.
  'successful-certifications',
  'valid-certificates',
  'certified-individuals',
  'sites-using',
] as const;
export type AdoptionMeasure = (typeof ADOPTION_MEASURES)[number];

const adoptionSchema = claim({
  count: count('adopters'),
  approximate: z.boolean({error: 'expected true or false'}).optional(),
  atLeast: atLeastSchema,
  measure: z.enum(ADOPTION_MEASURES, {error: `expected one of ${ADOPTION_MEASURES.join(', ')}`}),
  region: regionSchema,
});

const assessmentSchema = claim({text: localizedTextSchema});

/** A national standards body's publication of the standard, such as China's GB/T 19001-2016. */
const nationalAdoptionSchema = claim({
  region: regionSchema,
  designation: text('the national designation, such as "GB/T 19001-2016"'),
  year: yearSchema,
  equivalence: z.enum(ADOPTION_EQUIVALENCES, {error: `expected one of ${ADOPTION_EQUIVALENCES.join(', ')}`}),
});

const relationSchema = claim({
  type: z.enum(RELATION_TYPES, {error: `expected one of ${RELATION_TYPES.join(', ')}`}),
  id: standardIdSchema,
});

const availabilitySchema = claim({
  access: z.enum(TEXT_ACCESS, {error: `expected one of ${TEXT_ACCESS.join(', ')}`}),
  url: urlSchema.optional(),
});

/** The frontmatter of a standard's page in the default locale: every fact of the standard. */
export const standardFrontMatterSchema = z
  .strictObject({
    id: standardIdSchema,
    names: z.strictObject(
      Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, nameSchema])) as {[L in AuthoredLocale]: typeof nameSchema},
    ),
    summary: localizedTextSchema,
    kind: z.enum(STANDARD_KINDS, {error: `expected one of ${STANDARD_KINDS.join(', ')}`}),
    design: claim({
      type: z.enum(STANDARD_DESIGNS, {error: `expected one of ${STANDARD_DESIGNS.join(', ')}`}),
    }).meta({
      description:
        'How the standard is built (a management system, a performance standard, a maturity model ...), with the source that says so.',
    }),
    families: z
      .array(z.enum(FAMILIES, {error: `expected one of ${FAMILIES.join(', ')}`}))
      .min(1, {error: 'expected at least one family'})
      .meta({description: 'Where the landscape page groups the standard.'}),
    question: localizedTextSchema.meta({description: 'The one question the standard answers, for the landscape page.'}),
    owner: claim({name: localizedTextSchema, url: urlSchema.optional()}),
    // Optional: a year no source gives is shown as unknown, never replaced by the year of a first mention.
    firstPublished: z
      .array(claim({year: yearSchema}))
      .min(1, {error: 'expected at least one dated claim'})
      .optional(),
    editions: z.array(editionSchema).min(1, {error: 'expected at least one edition'}),
    statusConfirmed: claim({}).meta({
      description: `The newest year a source shows the standard's status (current, superseded, withdrawn) to hold, and that source. A current status not confirmed for more than ${STATUS_STALE_AFTER_YEARS} years is shown as not confirmed since that year.`,
    }),
    structure: z.array(structureSchema).optional(),
    focus: focusSchema,
    usage: z.array(usageSchema).min(1, {error: 'expected at least one usage claim'}),
    scope: scopeSchema,
    recognition: z.array(recognitionSchema).optional(),
    certification: certificationSchema.optional(),
    timeToCertify: z.array(durationSchema).optional(),
    costs: z.array(costPointSchema).optional(),
    adoption: z.array(adoptionSchema).optional(),
    nationalAdoptions: z.array(nationalAdoptionSchema).optional(),
    strengths: z.array(assessmentSchema).optional(),
    weaknesses: z.array(assessmentSchema).optional(),
    related: z.array(relationSchema).optional(),
    availability: availabilitySchema.optional(),
  })
  .meta({
    title: 'Standards Atlas: a standard',
    description: 'Frontmatter of a page in docs/standards/. Every figure names its sources and its as-of year.',
  });

export type StandardFrontMatter = WithDerivedLocales<z.infer<typeof standardFrontMatterSchema>>;
/** A text as authors write it: in every authored locale. */
type AuthoredText = z.infer<typeof localizedTextSchema>;
/** A text in every locale of the site, derived ones included (derivedLocales.ts). */
export type LocalizedText = WithDerivedLocales<AuthoredText>;
export type CostPoint = WithDerivedLocales<z.infer<typeof costPointSchema>>;
export type Edition = WithDerivedLocales<z.infer<typeof editionSchema>>;

/** The frontmatter of a translated page: it names its standard and nothing else. */
export const translationFrontMatterSchema = z.strictObject({id: standardIdSchema});

const languageTagSchema = z
  .string({error: 'expected a BCP 47 language tag such as en, de, zh-Hans or zh-Hant'})
  .regex(/^[a-z]{2,3}(-[A-Z][a-z]{3})?(-[A-Z]{2})?$/, {
    error: 'expected a BCP 47 language tag such as en, de, zh-Hans or zh-Hant',
  });

/** One entry of standards-data/sources/. */
export const sourceSchema = z.strictObject({
  id: sourceIdSchema,
  title: text('the title as the source gives it'),
  titleTranslated: localizedTextSchema.optional(),
  publisher: text('the publisher'),
  url: urlSchema.optional(),
  year: yearSchema.meta({description: 'The year the source was published or last updated.'}),
  circa: z.boolean({error: 'expected true or false'}).optional(),
  language: languageTagSchema,
  titleLanguage: languageTagSchema
    .meta({
      description: "The title's language where it is not the source's: a Chinese standard's title on an English page.",
    })
    .optional(),
  file: text('a file name in shared/seeds').optional(),
  note: localizedTextSchema.optional(),
});
export type Source = WithDerivedLocales<z.infer<typeof sourceSchema>>;

export const sourcesFileSchema = z.array(sourceSchema, {error: 'expected a list of sources'});

const forerunnerSchema = claim({
  id: standardIdSchema,
  name: localizedTextSchema,
  publisher: localizedTextSchema,
  year: yearSchema,
  successor: standardIdSchema,
});

const historySchema = claim({
  id: standardIdSchema,
  year: yearSchema,
  text: localizedTextSchema,
});

/**
 * A country's accreditation body: who vouches for the certification bodies there, and what a
 * certificate from one it accredits means. The advisor and the fact sheets of standards adopted in
 * that country read it from here.
 */
export const accreditationBodySchema = claim({
  region: regionSchema,
  name: localizedTextSchema,
  acronym: text('the short name, such as "CNAS"'),
  url: urlSchema.optional(),
  meaning: localizedTextSchema.meta({description: 'What a certificate from a body it accredits means, in our words.'}),
});
export type AccreditationBody = WithDerivedLocales<z.infer<typeof accreditationBodySchema>>;

/**
 * standards-data/landscape.yaml: forerunners outside the catalogue, history worth teaching, and
 * the accreditation bodies of the countries the atlas serves.
 */
export const landscapeSchema = z
  .strictObject({
    forerunners: z.array(forerunnerSchema),
    history: z.array(historySchema),
    accreditation: z.array(accreditationBodySchema).optional(),
  })
  .meta({title: 'Standards Atlas: the landscape'});
export type Landscape = WithDerivedLocales<z.infer<typeof landscapeSchema>>;

/** A list of words in every authored locale: a glossary term's other names. */
const localizedWordsSchema = z.strictObject(
  Object.fromEntries(AUTHORED_LOCALES.map((l) => [l, z.array(text('a word or phrase'))])) as {
    [L in AuthoredLocale]: z.ZodArray<ReturnType<typeof text>>;
  },
);

/** standards-data/glossary.yaml: the field's terms, defined in our own words, for lessons and search. */
export const glossaryTermSchema = z.strictObject({
  id: standardIdSchema.meta({description: 'Stable, kebab-case: lessons link a term with <Term id="...">.'}),
  term: localizedTextSchema,
  aliases: localizedWordsSchema
    .optional()
    .meta({description: 'Other names a reader may type; search finds the term by them.'}),
  definition: localizedTextSchema,
  sources: z.array(sourceIdSchema).min(1, {error: 'expected at least one source'}).optional(),
  seeAlso: z.array(standardIdSchema).optional().meta({description: 'Ids of other glossary terms.'}),
  standards: z.array(standardIdSchema).optional().meta({description: 'Standards that illustrate the term.'}),
});
export const glossaryFileSchema = z
  .strictObject({terms: z.array(glossaryTermSchema).min(1, {error: 'expected at least one term'})})
  .meta({title: 'Standards Atlas: the glossary'});
export type GlossaryTerm = WithDerivedLocales<z.infer<typeof glossaryTermSchema>>;

/** standards-data/themes.yaml: the one theme taxonomy that clause units are tagged with. */
export const themeSchema = z.strictObject({
  id: standardIdSchema,
  name: localizedTextSchema,
  description: localizedTextSchema,
});
export const themesFileSchema = z
  .array(themeSchema, {error: 'expected a list of themes'})
  .meta({title: 'Standards Atlas: themes'});
export type Theme = WithDerivedLocales<z.infer<typeof themeSchema>>;

const unitIdSchema = z
  .string({error: 'expected a unit id such as "9.1" or "A.5"'})
  .regex(UNIT_ID_PATTERN, {error: 'expected a unit id such as "9.1" or "A.5"'});

interface UnitInput {
  id: string;
  title: AuthoredText;
  summary?: AuthoredText;
  themes?: string[];
  count?: {value: number; of: AuthoredText};
  units?: UnitInput[];
}

/** One unit of a standard's structure (a clause, category, area or practice) and its children. */
export const unitSchema: z.ZodType<UnitInput> = z.lazy(() =>
  z.strictObject({
    id: unitIdSchema,
    title: localizedTextSchema.meta({
      description: 'The title as the standard gives it (titles only: never clause text).',
    }),
    summary: localizedTextSchema
      .optional()
      .meta({description: 'What the unit asks, in our own words; a title may stand alone.'}),
    themes: z
      .array(standardIdSchema)
      .min(1, {error: 'expected at least one theme'})
      .optional()
      .meta({description: "Required on a top-level unit; a unit below without themes takes its parent's."}),
    count: z
      .strictObject({value: count('items'), of: localizedTextSchema})
      .optional()
      .meta({description: 'A count the unit holds without listing it, such as 37 controls.'}),
    units: z.array(unitSchema).optional(),
  }),
);
export type Unit = WithDerivedLocales<z.infer<typeof unitSchema>>;

/** standards-data/clauses/*.yaml: the structure of one edition of one standard. */
export const catalogueSchema = claim({
  standard: standardIdSchema,
  edition: text("the version of one of the standard's editions"),
  key: z
    .string({error: 'expected a short edition key such as "2015" or "r7"'})
    .regex(/^[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {error: 'expected a short edition key such as "2015" or "r7"'})
    .meta({description: "Part of every unit's id: <standard>:<key>/<unit>."}),
  units: z.array(unitSchema).min(1, {error: 'expected at least one unit'}),
}).meta({title: 'Standards Atlas: a clause catalogue'});
export type Catalogue = WithDerivedLocales<z.infer<typeof catalogueSchema>>;

/** `<standard>:<key>`, naming a catalogue. */
const catalogueRefSchema = z
  .string({error: 'expected a catalogue as <standard>:<key>, such as "iso-9001:2015"'})
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*:[a-z0-9]+(?:[.-][a-z0-9]+)*$/, {
    error: 'expected a catalogue as <standard>:<key>, such as "iso-9001:2015"',
  });

const strengthText = (relationship: (typeof RELATIONSHIPS)[number]) => {
  const [min, max] = STRENGTH_RANGES[relationship];
  return min === max ? `${min}` : `${min} to ${max}`;
};

const mappingSchema = claim({
  from: unitIdSchema,
  to: unitIdSchema,
  relationship: z.enum(RELATIONSHIPS, {error: `expected one of ${RELATIONSHIPS.join(', ')}`}),
  strength: z
    .int({error: 'expected a whole number from 0 to 10'})
    .min(0, {error: 'expected a whole number from 0 to 10'})
    .max(10, {error: 'expected a whole number from 0 to 10'})
    .meta({
      description:
        'How strongly the units are related, 0-10 (NIST IR 8278A r1): equal 10, no-relationship 0, the others 1-9 by how much they share.',
    }),
  rationaleType: z
    .enum(RATIONALE_TYPES, {error: `expected one of ${RATIONALE_TYPES.join(', ')}`})
    .meta({description: 'What the rationale compares (NIST IR 8477): wording, meaning or outcome.'}),
  rationale: localizedTextSchema,
  confidence: z.enum(CONFIDENCES, {error: `expected one of ${CONFIDENCES.join(', ')}`}),
}).superRefine((mapping, ctx) => {
  const [min, max] = STRENGTH_RANGES[mapping.relationship];
  if (mapping.strength < min || mapping.strength > max) {
    ctx.addIssue({
      code: 'custom',
      path: ['strength'],
      input: mapping.strength,
      message: `expected ${strengthText(mapping.relationship)} for ${mapping.relationship}`,
    });
  }
});

/** Where a crosswalk comes from, in the terms of OSCAL's mapping provenance. */
export const provenanceSchema = claim({
  kind: z
    .enum(PROVENANCE_KINDS, {error: `expected one of ${PROVENANCE_KINDS.join(', ')}`})
    .meta({description: "published: by a standard's owner or a standards body, cited; analysis: our own."}),
  method: z.enum(MAPPING_METHODS, {error: `expected one of ${MAPPING_METHODS.join(', ')}`}),
  status: z.enum(MAPPING_STATUSES, {error: `expected one of ${MAPPING_STATUSES.join(', ')}`}),
  description: localizedTextSchema.meta({description: 'How it was made, what it covers and leaves out.'}),
});
export type Provenance = WithDerivedLocales<z.infer<typeof provenanceSchema>>;

/** standards-data/crosswalks/*.yaml: clause-to-clause mappings from one catalogue to another. */
export const crosswalkSchema = z
  .strictObject({
    from: catalogueRefSchema,
    to: catalogueRefSchema,
    provenance: provenanceSchema,
    mappings: z.array(mappingSchema).min(1, {error: 'expected at least one mapping'}),
  })
  .meta({title: 'Standards Atlas: a crosswalk'});
export type Crosswalk = WithDerivedLocales<z.infer<typeof crosswalkSchema>>;

/** A standard as the API publishes it: its facts, plus what the compiler derives from them. */
export const standardRecordSchema = standardFrontMatterSchema
  .extend({
    status: z.enum(EDITION_STATUSES),
    statusStale: z.boolean().meta({
      description: `True when the status is current but was last confirmed more than ${STATUS_STALE_AFTER_YEARS} years before the build.`,
    }),
    paths: z.strictObject(
      Object.fromEntries(LOCALES.map((l) => [l, z.string()])) as {[L in (typeof LOCALES)[number]]: z.ZodString},
    ),
  })
  .meta({title: 'Standards Atlas: a standard, as published'});
export type StandardRecord = WithDerivedLocales<z.infer<typeof standardRecordSchema>>;

export const standardsApiSchema = z
  .strictObject({
    schemaVersion: z.literal(1),
    locales: z.array(z.enum(LOCALES)),
    standards: z.array(standardRecordSchema),
    landscape: landscapeSchema,
    sources: z.array(sourceSchema),
  })
  .meta({title: 'Standards Atlas: /api/standards.json'});
export type StandardsApi = WithDerivedLocales<z.infer<typeof standardsApiSchema>>;

/**
 * /api/clauses.json: the theme taxonomy and every catalogue; a unit's id is `<ref>/<unit id>`.
 * Version 2: a unit's summary is optional, and its themes too below the top level (it takes its
 * parent's).
 */
export const clausesApiSchema = z
  .strictObject({
    schemaVersion: z.literal(2),
    themes: z.array(themeSchema),
    catalogues: z.array(catalogueSchema.extend({ref: z.string()})),
  })
  .meta({title: 'Standards Atlas: /api/clauses.json'});
export type ClausesApi = WithDerivedLocales<z.infer<typeof clausesApiSchema>>;

export const coverageSchema = z.strictObject({
  from: z.string(),
  to: z.string(),
  units: z.int(),
  full: z.array(z.string()),
  partial: z.array(z.string()),
  uncovered: z.array(z.string()),
  fullShare: z.number(),
  partialShare: z.number(),
  weightedShare: z.number().meta({
    description: "The mean over the target's units of the best strength (0-10) reaching each, over 10.",
  }),
});

/**
 * /api/crosswalk.json: every crosswalk, and the coverage it gives in each direction. Version 2:
 * each crosswalk's provenance, each mapping's strength and rationale type, weighted coverage.
 */
export const crosswalkApiSchema = z
  .strictObject({
    schemaVersion: z.literal(2),
    crosswalks: z.array(crosswalkSchema),
    coverage: z.array(coverageSchema),
  })
  .meta({title: 'Standards Atlas: /api/crosswalk.json'});
export type CrosswalkApi = WithDerivedLocales<z.infer<typeof crosswalkApiSchema>>;

/** A word or phrase of the trade in one script: Han characters only, or no Han character at all. */
const searchPhraseSchema = text('a word or phrase').refine(
  (phrase) => /^[\p{Script=Han}]+$/u.test(phrase) || !/\p{Script=Han}/u.test(phrase),
  {error: 'expected a word or phrase in one script (Han characters only, or none)'},
);

/**
 * standards-data/search-terms.yaml: the field's vocabulary for search. Each group holds words that
 * mean the same to a reader, in every locale; a query holding one finds what the others find. A
 * group may also name what it is `about` (standards, or clause units as `<standard>:<key>/<unit>`):
 * its words then find those directly.
 */
export const searchTermGroupSchema = z.strictObject({
  id: standardIdSchema.meta({description: 'A kebab-case name for the group, unique in the file.'}),
  terms: z
    .strictObject(
      Object.fromEntries(
        AUTHORED_LOCALES.map((locale) => [
          locale,
          z
            .array(searchPhraseSchema, {error: `expected a list of ${LOCALE_ENGLISH_NAMES[locale]} words`})
            .min(1, {error: `expected at least one ${LOCALE_ENGLISH_NAMES[locale]} word`}),
        ]),
      ) as {[L in AuthoredLocale]: z.ZodArray<typeof searchPhraseSchema>},
      {
        error: (issue) =>
          issue.code === 'invalid_type' ? `expected words in every locale (${AUTHORED_LOCALES.join(', ')})` : undefined,
      },
    )
    .meta({
      description:
        'The words, per locale; the first is the one shown as a suggestion. Chinese may list Traditional forms too.',
    }),
  about: z
    .array(
      z
        .string({error: 'expected a standard id or a clause unit as <standard>:<key>/<unit>'})
        .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*(?::[^/\s]+\/[A-Za-z0-9.-]+)?$/, {
          error: 'expected a standard id or a clause unit as <standard>:<key>/<unit>',
        }),
    )
    .min(1, {error: 'expected at least one standard or clause unit'})
    .optional()
    .meta({description: 'Standards or clause units these words are about, found directly by them.'}),
  from: text('where the words come from').meta({
    description: "Where the words come from: the standards' own vocabulary, our pages, or the trade's usage.",
  }),
});
export const searchTermsFileSchema = z
  .array(searchTermGroupSchema, {error: 'expected a list of term groups'})
  .meta({title: 'Standards Atlas: search terms'});
export type SearchTermGroup = WithDerivedLocales<z.infer<typeof searchTermGroupSchema>>;
