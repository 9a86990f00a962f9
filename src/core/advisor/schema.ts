/**
 * The schema of the advisor's data: its rules (json-rules-engine rules, written as plain YAML) and
 * the dated exchange rates it converts costs with. What a single file can say wrong is caught
 * here; references across files (condition names, focus dimensions, themes, sources) are checked
 * in crossCheckAdvisor.ts.
 */
import * as z from 'zod';
import type {WithDerivedLocales} from '../derivedLocales';
import {claim, currencySchema, localizedTextSchema, yearSchema} from '../schema';
import {
  ADVISOR_EVENT_TYPES,
  ADVISOR_FACTS,
  BUDGET_CHECKS,
  type BudgetCheck,
  REASON_PLACEHOLDERS,
  RULE_OPERATORS,
  STANDARD_ID_PATTERN,
} from '../vocabulary';

const FACT_NAMES = Object.keys(ADVISOR_FACTS) as [keyof typeof ADVISOR_FACTS, ...(keyof typeof ADVISOR_FACTS)[]];

const nameSchema = z
  .string({error: 'expected a kebab-case name'})
  .regex(STANDARD_ID_PATTERN, {error: 'expected a kebab-case name'});

const PLACEHOLDER = /\{([^{}]*)\}/g;

/** A reason in every locale, whose `{placeholders}` are all known ones. */
const reasonSchema = localizedTextSchema.superRefine((reason, ctx) => {
  for (const [locale, value] of Object.entries(reason)) {
    for (const [, name] of value.matchAll(PLACEHOLDER)) {
      if (!(REASON_PLACEHOLDERS as readonly string[]).includes(name)) {
        ctx.addIssue({
          code: 'custom',
          path: [locale],
          input: `{${name}}`,
          message: `expected placeholders among ${REASON_PLACEHOLDERS.map((p) => `{${p}}`).join(', ')}`,
        });
      }
    }
  }
});

/** One sentence per check of a figure against what the user has, and one for no figure and no limit. */
const checkMessages = z.strictObject(
  Object.fromEntries([...BUDGET_CHECKS, 'unknown'].map((c) => [c, reasonSchema])) as Record<
    BudgetCheck | 'unknown',
    typeof reasonSchema
  >,
);
const roadmapMessages = z.strictObject(
  Object.fromEntries(BUDGET_CHECKS.filter((c) => c !== 'not-asked').map((c) => [c, reasonSchema])) as Record<
    Exclude<BudgetCheck, 'not-asked'>,
    typeof reasonSchema
  >,
);

const factConditionSchema = z.strictObject({
  name: nameSchema,
  fact: z.enum(FACT_NAMES, {error: `expected one of the advisor's facts: ${FACT_NAMES.join(', ')}`}),
  path: z
    .string({error: 'expected a path such as $.performance'})
    .regex(/^\$\.[a-z][a-z-]*$/, {error: 'expected a path such as $.performance'})
    .optional(),
  operator: z.enum(RULE_OPERATORS, {error: `expected one of ${RULE_OPERATORS.join(', ')}`}),
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())], {
    error: 'expected text, a number, true or false, or a list of texts',
  }),
});

const referenceConditionSchema = z.strictObject({
  name: nameSchema.optional(),
  condition: nameSchema,
});

interface BooleanConditionInput {
  name: string;
  all?: ConditionInput[];
  any?: ConditionInput[];
  not?: ConditionInput;
}
type ConditionInput =
  z.infer<typeof factConditionSchema> | z.infer<typeof referenceConditionSchema> | BooleanConditionInput;

const nested = (): z.ZodType<ConditionInput> => conditionSchema;

const booleanConditionSchema: z.ZodType<BooleanConditionInput> = z.lazy(() =>
  z
    .strictObject({
      name: nameSchema,
      all: z.array(nested()).min(1, {error: 'expected at least one condition'}).optional(),
      any: z.array(nested()).min(1, {error: 'expected at least one condition'}).optional(),
      not: nested().optional(),
    })
    .refine((c) => [c.all, c.any, c.not].filter((x) => x !== undefined).length === 1, {
      error: 'expected exactly one of all, any or not',
    }),
);

/**
 * A condition: on a fact, a reference to a shared condition, or all/any/not of conditions. The
 * keys it has say which of the three it is meant to be, so its problems are that shape's problems.
 */
const conditionShape = (value: unknown): z.ZodType =>
  value && typeof value === 'object' && 'fact' in value
    ? factConditionSchema
    : value && typeof value === 'object' && 'condition' in value
      ? referenceConditionSchema
      : booleanConditionSchema;

export const conditionSchema: z.ZodType<ConditionInput> = z
  .custom<ConditionInput>((value) => value !== null && typeof value === 'object' && !Array.isArray(value), {
    error: 'expected a condition: {name, fact, operator, value}, {condition} or {name, all|any|not}',
  })
  .superRefine((value, ctx) => {
    const result = conditionShape(value).safeParse(value, {reportInput: true});
    if (!result.success) for (const issue of result.error.issues) ctx.addIssue(issue as never);
  })
  .meta({
    description:
      'A condition: {name, fact, operator, value[, path]}, {condition: <shared condition name>} or {name, all|any|not}.',
  });

const eventSchema = z.strictObject({
  type: z.enum(ADVISOR_EVENT_TYPES, {error: `expected one of ${ADVISOR_EVENT_TYPES.join(', ')}`}),
  params: z.strictObject({
    weight: z.number({error: 'expected a number'}).optional(),
    /** A fit that serves one of the user's goals: only such fits make a standard recommendable. */
    servesGoal: z.boolean({error: 'expected true or false'}).optional(),
    reason: reasonSchema,
  }),
});

const ruleSchema = z.strictObject({
  name: nameSchema,
  priority: z
    .int({error: 'expected a whole priority from 1'})
    .min(1, {error: 'expected a whole priority from 1'})
    .optional(),
  conditions: booleanConditionSchema,
  event: eventSchema,
});

const sharedConditionSchema = z.strictObject({
  name: nameSchema,
  conditions: booleanConditionSchema,
});

/** standards-data/advisor/rules.yaml */
export const advisorRulesSchema = z
  .strictObject({
    conditions: z.array(sharedConditionSchema),
    rules: z.array(ruleSchema).min(1, {error: 'expected at least one rule'}),
    minimumScore: z.number({error: 'expected the lowest score a recommendation needs'}).meta({
      description:
        'A standard that serves a goal but scores under this is not recommended (messages.weakFit says why).',
    }),
    roadmapShareOfTopScore: z
      .number({error: 'expected a share from 0 to 1'})
      .min(0, {error: 'expected a share from 0 to 1'})
      .max(1, {error: 'expected a share from 0 to 1'}),
    messages: z.strictObject({
      noGoalServed: localizedTextSchema,
      weakFit: localizedTextSchema,
      beyondBudget: localizedTextSchema,
      beyondTime: localizedTextSchema,
      /** The board's sentence for the first choice and the runner-up: `{standard}`. */
      pick: reasonSchema,
      /** Said first when no recommendation is shown to fit both the budget and the months. */
      noneShownToFit: localizedTextSchema,
      runnerUp: reasonSchema,
      /** Why a standard is advised as guidance, not as a certification: `{scopeNote}`. */
      guidance: reasonSchema,
      /** The cost and the time against the user's budget and months, one sentence per check. */
      costChecks: checkMessages,
      timeChecks: checkMessages,
      /** The roadmap's totals against the budget and months. */
      roadmapBudget: roadmapMessages,
      roadmapTime: roadmapMessages,
    }),
    generalCaveats: z.array(claim({text: localizedTextSchema})),
  })
  .meta({title: "Standards Atlas: the advisor's rules"});
export type AdvisorRules = WithDerivedLocales<z.infer<typeof advisorRulesSchema>>;
export type RuleCondition = ConditionInput;

/** standards-data/exchange-rates.yaml: annual average rates, in units of a currency per US dollar. */
export const exchangeRatesSchema = z
  .strictObject({
    base: z.literal('USD', {error: 'expected USD'}),
    years: z
      .array(
        claim({
          year: yearSchema,
          perUsd: z.partialRecord(
            currencySchema,
            z.number({error: 'expected a rate'}).positive({error: 'expected a positive rate'}),
          ),
        }),
      )
      .min(1, {error: 'expected at least one year of rates'}),
  })
  .meta({title: 'Standards Atlas: exchange rates'});
export type ExchangeRates = WithDerivedLocales<z.infer<typeof exchangeRatesSchema>>;
