import {translate} from '@docusaurus/Translate';
import type {InputOption} from '@site/src/core/advisor/input';

/** Each answer's name as the form labels it, so that a message names the field a reader sees. */
export const fieldLabel = (option: string): string =>
  (
    ({
      for: translate({id: 'advisor.form.for', message: 'Who is to be certified?'}),
      industry: translate({id: 'advisor.form.industry', message: 'Industry'}),
      operation: translate({id: 'advisor.form.operation', message: 'Type of operation'}),
      seats: translate({id: 'advisor.form.seats', message: 'Seats'}),
      staff: translate({id: 'advisor.form.staff', message: 'Staff (headcount)'}),
      sites: translate({id: 'advisor.form.sites', message: 'Sites'}),
      people: translate({id: 'advisor.form.people', message: 'People to certify'}),
      country: translate({id: 'advisor.form.countries', message: 'Countries where you operate or serve clients'}),
      budget: translate({id: 'advisor.form.budget', message: 'Budget'}),
      currency: translate({id: 'advisor.form.currency', message: 'Currency'}),
      months: translate({id: 'advisor.form.months', message: 'Months available'}),
      goal: translate({id: 'advisor.form.goals', message: 'Goals'}),
      has: translate({id: 'advisor.form.has', message: 'Certifications already held'}),
    }) satisfies Record<InputOption, string> as Record<string, string>
  )[option] ?? option;

/** What a count field is for, under its label: how the estimate reads it. */
export const fieldHint = (option: 'seats' | 'staff' | 'sites' | 'people'): string =>
  ({
    seats: translate({id: 'advisor.form.seatsHint', message: 'Without a headcount, each seat counts as one person.'}),
    staff: translate({
      id: 'advisor.form.staffHint',
      message: 'Everyone in scope, on every shift, support staff included: audits are sized by it.',
    }),
    sites: translate({id: 'advisor.form.sitesHint', message: 'Sites the certificate is to cover.'}),
    people: translate({id: 'advisor.form.peopleHint', message: 'Fees are per person: the estimate multiplies them.'}),
  })[option];
