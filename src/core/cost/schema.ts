/**
 * The cost model's data files (standards-data/cost-model/): the rules that size an audit by the
 * number of people, the multi-site sampling rules, which rule sizes each organisational
 * certification, dated day rates per country, the fees that do not scale with audit days, and the
 * price index that brings old figures to today's prices. Every number is a claim: sources and year.
 *
 * A figure that stands in for another (an accreditation body's assessor fee used for a
 * certification body's day rate; a quality-management table used for a scheme that publishes
 * none) carries `proxy: true`, and every view that shows it says so.
 */
import * as z from 'zod';
import type {WithDerivedLocales} from '../derivedLocales';
import {
  type LocalizedText,
  claim,
  currencySchema,
  localizedTextSchema,
  regionSchema,
  standardIdSchema,
  yearSchema,
} from '../schema';
import {COUNTRY_CODES, STANDARD_ID_PATTERN} from '../vocabulary';

const ruleIdSchema = z
  .string({error: 'expected a kebab-case rule id'})
  .regex(STANDARD_ID_PATTERN, {error: 'expected a kebab-case rule id'});

const share = (what: string) =>
  z
    .number({error: `expected ${what} as a share from 0 to 1`})
    .gt(0, {error: `expected ${what} as a share above 0`})
    .max(1, {error: `expected ${what} as a share of at most 1`});

const days = z.number({error: 'expected a number of days'}).positive({error: 'expected a positive number of days'});
const staff = z
  .int({error: 'expected a whole number of people'})
  .positive({error: 'expected a positive number of people'});
const proxy = z.boolean({error: 'expected true or false'}).meta({
  description: 'True when the figure stands in for another: every view that shows it says so.',
});

const bandSchema = z.strictObject({
  maxStaff: staff.meta({description: 'The upper edge of the band of effective personnel.'}),
  days: z.array(days).min(1, {error: 'expected one number of days per column'}),
});

/** A table of initial audit days (stage 1 + stage 2) by effective personnel. */
export const auditTimeRuleSchema = claim({
  id: ruleIdSchema,
  name: localizedTextSchema,
  columns: z
    .array(z.string({error: 'expected a column name'}).min(1, {error: 'expected a column name'}))
    .min(1, {error: 'expected at least one column'})
    .meta({description: "The table's columns, as it names them (complexity or risk categories)."}),
  bands: z.array(bandSchema).min(1, {error: 'expected at least one band'}),
  progression: z
    .strictObject({perStaff: staff, addDays: days})
    .optional()
    .meta({description: 'Days added per further group of staff above the last band, where the rule gives it.'}),
  beyond: localizedTextSchema.meta({description: 'What the rule says above its last band.'}),
  surveillanceShare: share('a surveillance audit')
    .optional()
    .meta({description: 'A surveillance audit as a share of the initial audit, where the rule states it.'}),
  recertificationShare: share('a recertification audit')
    .optional()
    .meta({description: 'A recertification audit as a share of the initial audit, where the rule states it.'}),
  maxReduction: share('the largest reduction').optional(),
  identicalWork: localizedTextSchema
    .optional()
    .meta({description: 'What the rule allows for people doing the same work (agent pools).'}),
});
export type AuditTimeRule = WithDerivedLocales<z.infer<typeof auditTimeRuleSchema>>;

/** Which sites an auditor visits when a certificate covers several. */
export const multiSiteRuleSchema = claim({
  id: ruleIdSchema,
  name: localizedTextSchema,
  /** Sites visited = ceil(factor x the square root of the number of sites), per audit. */
  initialFactor: z.number({error: 'expected a factor'}).positive({error: 'expected a positive factor'}),
  surveillanceFactor: z.number({error: 'expected a factor'}).positive({error: 'expected a positive factor'}),
  recertificationFactor: z.number({error: 'expected a factor'}).positive({error: 'expected a positive factor'}),
});
export type MultiSiteRule = WithDerivedLocales<z.infer<typeof multiSiteRuleSchema>>;

export const auditTimeFileSchema = z
  .strictObject({
    rules: z.array(auditTimeRuleSchema).min(1, {error: 'expected at least one rule'}),
    multiSite: z.array(multiSiteRuleSchema),
  })
  .meta({title: 'Standards Atlas: audit-time rules'});
export type AuditTimeFile = WithDerivedLocales<z.infer<typeof auditTimeFileSchema>>;

/** How one organisational certification is sized and kept. */
export const schemeSchema = z.strictObject({
  standard: standardIdSchema,
  auditTime: z.union([
    claim({
      rule: ruleIdSchema,
      column: z.string({error: "expected one of the rule's columns"}),
      proxy,
      why: localizedTextSchema.meta({description: 'Why this rule and column apply, from the sources.'}),
    }),
    z.strictObject({
      rule: z.null({error: 'expected null when no public rule sizes the audit'}),
      note: localizedTextSchema.meta({description: 'What was looked for, and why no rule applies.'}),
    }),
  ]),
  multiSite: ruleIdSchema
    .nullable()
    .meta({description: 'The sampling rule the scheme allows, or null when every site is audited.'}),
  surveillanceAudits: claim({
    count: z.int({error: 'expected a whole number of audits'}).nonnegative({error: 'expected 0 or more audits'}),
  })
    .optional()
    .meta({description: 'Audits between certification and recertification, where sourced.'}),
});
export type Scheme = WithDerivedLocales<z.infer<typeof schemeSchema>>;

export const schemesFileSchema = z
  .array(schemeSchema, {error: 'expected a list of schemes'})
  .meta({title: 'Standards Atlas: how each organisational certification is sized'});

export const dayRateSchema = claim({
  country: z.enum([...COUNTRY_CODES] as [string, ...string[]], {error: 'expected an ISO 3166-1 alpha-2 code'}),
  currency: currencySchema,
  min: z.number({error: 'expected an amount'}).positive({error: 'expected a positive amount'}),
  max: z.number({error: 'expected an amount'}).positive({error: 'expected a positive amount'}),
  proxy,
  short: localizedTextSchema.meta({description: 'What the figure is, in a few words, for the method line.'}),
  what: localizedTextSchema.meta({description: 'Exactly what the figure is, as its source gives it.'}),
});
export type DayRate = WithDerivedLocales<z.infer<typeof dayRateSchema>>;

export const dayRatesFileSchema = z
  .array(dayRateSchema, {error: 'expected a list of day rates'})
  .meta({title: 'Standards Atlas: auditor day rates'});

/** How a fee is charged: per certificate issued, per site, per site beyond the first, per year, per audit. */
export const FEE_BASES = ['certificate', 'site', 'additional-site', 'year', 'audit'] as const;
export type FeeBasis = (typeof FEE_BASES)[number];

export const feeSchema = claim({
  standards: z
    .array(standardIdSchema, {error: 'expected a list of standard ids'})
    .min(1, {error: 'expected at least one standard'})
    .meta({description: 'The certifications the fee is charged for (a fee per management system, say).'}),
  region: regionSchema,
  currency: currencySchema,
  min: z.number({error: 'expected an amount'}).nonnegative({error: 'expected an amount of 0 or more'}),
  max: z.number({error: 'expected an amount'}).nonnegative({error: 'expected an amount of 0 or more'}),
  per: z.enum(FEE_BASES, {error: `expected one of ${FEE_BASES.join(', ')}`}),
  /** True when the fee pays for the whole assessment (no audit days to add). */
  wholeAssessment: z.boolean({error: 'expected true or false'}),
  proxy,
  short: localizedTextSchema.meta({description: 'What the fee is, in a few words, for the method line.'}),
  what: localizedTextSchema,
});
export type Fee = WithDerivedLocales<z.infer<typeof feeSchema>>;

export const feesFileSchema = z
  .strictObject({
    fees: z.array(feeSchema),
    /** Fees looked for and not found in a public source: said in the advice, never guessed. */
    notFound: z.array(
      z.strictObject({
        standard: standardIdSchema,
        what: localizedTextSchema,
      }),
    ),
  })
  .meta({title: 'Standards Atlas: fees that do not scale with audit days'});

export const priceIndexFileSchema = z
  .strictObject({
    series: localizedTextSchema,
    years: z
      .array(claim({year: yearSchema, value: z.number({error: 'expected an index value'}).positive()}))
      .min(2, {error: 'expected at least two years'}),
  })
  .meta({title: 'Standards Atlas: consumer price index'});
export type PriceIndex = WithDerivedLocales<z.infer<typeof priceIndexFileSchema>>;

/** The cost model as the advisor reads it: every file, validated and cross-checked. */
export interface CostModel {
  auditTime: AuditTimeFile;
  schemes: Scheme[];
  dayRates: DayRate[];
  fees: Fee[];
  notFound: {standard: string; what: LocalizedText}[];
  priceIndex: PriceIndex;
}
