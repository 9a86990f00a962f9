import Translate, {translate} from '@docusaurus/Translate';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {
  type AdviceInput,
  type InputError,
  type InputOption,
  MAX_COUNT,
  PARTIES,
  describeInputProblem,
} from '@site/src/core/advisor/input';
import {ratedCurrencies} from '@site/src/core/advisor/money';
import {groupThousands, moneyText} from '@site/src/core/format';
import {ADVISOR_GOALS, INDUSTRIES, OPERATION_TYPES, type Locale} from '@site/src/core/vocabulary';
import React, {useMemo} from 'react';
import {useLabels} from '../../../labels';
import {withOption} from '../../_utils';
import {fieldHint, fieldLabel} from '../../fieldLabel';
import {compareText} from '@site/src/core/text';

interface Props {
  data: AdvisorData;
  locale: Locale;
  /** The answers as typed (the URL's values), so a half-typed number is not lost. */
  values: ReadonlyMap<string, readonly string[]>;
  /** The answers as understood. */
  input: AdviceInput;
  /** The answers not understood (left out of the advice): each is named beside its field. */
  errors: readonly InputError[];
  onChange: (values: Map<string, string[]>) => void;
}

const errorId = (option: InputOption) => `advisor-error-${option}`;

/** The advisor's questions. Every control writes its answer into the URL through `onChange`. */
export default function AdvisorForm({data, locale, values, input, errors, onChange}: Props): React.ReactElement {
  const vocabulary = useLabels();
  const errorsOf = (option: InputOption) => errors.filter((e) => e.option === option);
  /** The messages of a field's answers that were not understood, beside the field. */
  const fieldErrors = (option: InputOption) =>
    errorsOf(option).length > 0 && (
      <span id={errorId(option)} className="advisor-field-error">
        {errorsOf(option).map((e, i) => (
          <span key={i}>{describeInputProblem(e, locale)} </span>
        ))}
      </span>
    );
  const describedBy = (option: InputOption) => (errorsOf(option).length > 0 ? errorId(option) : undefined);
  const one = (option: InputOption) => values.get(option)?.[0] ?? '';
  const set = (option: InputOption, list: readonly string[]) => onChange(withOption(values, option, list));
  const toggle = (option: InputOption, value: string, on: boolean) => {
    const current = values.get(option) ?? [];
    set(option, on ? [...current, value] : current.filter((v) => v !== value));
  };
  const industries = vocabulary.industries;
  const parties = vocabulary.parties;
  const countries = useMemo(
    () => Object.entries(data.regionNames[locale]).sort(([, a], [, b]) => compareText(locale)(a, b)),
    [data, locale],
  );
  const holdable = data.standards.filter((s) => s.certifies === input.for);

  return (
    <form className="advisor-form" aria-labelledby="advisor-form-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="advisor-form-title">
        <Translate id="advisor.form.title">Your situation</Translate>
      </h2>
      <fieldset aria-describedby={describedBy('for')}>
        <legend>
          <Translate id="advisor.form.for">Who is to be certified?</Translate>
        </legend>
        {fieldErrors('for')}
        {PARTIES.map((party) => (
          <label key={party} className="advisor-choice">
            <input
              type="radio"
              name="for"
              value={party}
              checked={input.for === party}
              onChange={() => set('for', [party])}
            />{' '}
            {parties[party]}
          </label>
        ))}
      </fieldset>
      <div className="advisor-field">
        <label htmlFor="advisor-industry">
          <Translate id="advisor.form.industry">Industry</Translate>
        </label>
        <select
          id="advisor-industry"
          name="industry"
          value={one('industry')}
          aria-describedby={describedBy('industry')}
          onChange={(e) => set('industry', [e.target.value])}
        >
          <option value="">{translate({id: 'advisor.form.notSaid', message: 'Not said'})}</option>
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {industries[i]}
            </option>
          ))}
        </select>
        {fieldErrors('industry')}
      </div>
      <div className="advisor-field">
        <label htmlFor="advisor-operation">
          <Translate id="advisor.form.operation">Type of operation</Translate>
        </label>
        <select
          id="advisor-operation"
          name="operation"
          value={one('operation')}
          aria-describedby={describedBy('operation')}
          onChange={(e) => set('operation', [e.target.value])}
        >
          <option value="">{translate({id: 'advisor.form.notSaid', message: 'Not said'})}</option>
          {OPERATION_TYPES.map((o) => (
            <option key={o} value={o}>
              {vocabulary.operations[o]}
            </option>
          ))}
        </select>
        {fieldErrors('operation')}
      </div>
      {(input.for === 'organization' ? (['seats', 'staff', 'sites'] as const) : (['people'] as const)).map((option) => (
        <div className="advisor-field" key={option}>
          <label htmlFor={`advisor-${option}`}>{fieldLabel(option)}</label>
          <input
            type="number"
            id={`advisor-${option}`}
            name={option}
            min={1}
            max={MAX_COUNT}
            step={1}
            inputMode="numeric"
            value={one(option)}
            aria-describedby={[`advisor-hint-${option}`, describedBy(option)].filter(Boolean).join(' ')}
            onChange={(e) => set(option, [e.target.value])}
          />
          <span id={`advisor-hint-${option}`} className="advisor-field-hint">
            {fieldHint(option)}
          </span>
          {fieldErrors(option)}
        </div>
      ))}
      <fieldset aria-describedby={describedBy('country')}>
        <legend>
          <Translate id="advisor.form.countries">Countries where you operate or serve clients</Translate>
        </legend>
        {fieldErrors('country')}
        {input.countries.length > 0 && (
          <ul className="advisor-chips">
            {input.countries.map((code) => (
              <li key={code}>
                {data.regionNames[locale][code] ?? code}{' '}
                <button
                  type="button"
                  className="advisor-chip-remove"
                  aria-label={translate(
                    {id: 'advisor.form.removeCountry', message: 'Remove {country}'},
                    {country: data.regionNames[locale][code] ?? code},
                  )}
                  onClick={() => toggle('country', code, false)}
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        <label className="advisor-field">
          <span>
            <Translate id="advisor.form.addCountry">Add a country</Translate>
          </span>
          <select name="country" value="" onChange={(e) => e.target.value && toggle('country', e.target.value, true)}>
            <option value="">{translate({id: 'advisor.form.chooseCountry', message: 'Choose…'})}</option>
            {countries
              .filter(([code]) => !input.countries.includes(code))
              .map(([code, name]) => (
                <option key={code} value={code}>
                  {name}
                </option>
              ))}
          </select>
        </label>
      </fieldset>
      <div className="advisor-row">
        <div className="advisor-field">
          <label htmlFor="advisor-budget">
            <Translate id="advisor.form.budget">Budget</Translate>
          </label>
          {/* Text, not a number field: "300k", "1.2m", "300 000" and "30万" are read as typed. */}
          <input
            type="text"
            id="advisor-budget"
            name="budget"
            autoComplete="off"
            value={one('budget')}
            aria-describedby={
              input.budget !== undefined || errorsOf('budget').length ? 'advisor-budget-read' : undefined
            }
            onChange={(e) => set('budget', [e.target.value])}
          />
          {errorsOf('budget').length > 0 ? (
            <span id="advisor-budget-read" className="advisor-field-error">
              {errorsOf('budget').map((e) => describeInputProblem(e, locale))}
            </span>
          ) : (
            input.budget !== undefined && (
              <span id="advisor-budget-read" className="advisor-field-note">
                {translate(
                  {id: 'advisor.form.budgetRead', message: 'Read as {amount}'},
                  {
                    amount: errorsOf('currency').length
                      ? groupThousands(input.budget)
                      : moneyText(input.currency, input.budget),
                  },
                )}
              </span>
            )
          )}
        </div>
        <div className="advisor-field">
          <label htmlFor="advisor-currency">
            <Translate id="advisor.form.currency">Currency</Translate>
          </label>
          <select
            id="advisor-currency"
            name="currency"
            value={input.currency}
            aria-describedby={describedBy('currency')}
            onChange={(e) => set('currency', [e.target.value])}
          >
            {ratedCurrencies(data.rates).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
          {fieldErrors('currency')}
        </div>
      </div>
      <div className="advisor-field">
        <label htmlFor="advisor-months">
          <Translate id="advisor.form.months">Months available</Translate>
        </label>
        <input
          type="number"
          id="advisor-months"
          name="months"
          min={1}
          inputMode="numeric"
          value={one('months')}
          aria-describedby={describedBy('months')}
          onChange={(e) => set('months', [e.target.value])}
        />
        {fieldErrors('months')}
      </div>
      <fieldset aria-describedby={describedBy('goal')}>
        <legend>
          <Translate id="advisor.form.goals">Goals</Translate>
        </legend>
        {fieldErrors('goal')}
        {ADVISOR_GOALS.map((goal) => (
          <label key={goal} className="advisor-choice">
            <input
              type="checkbox"
              name="goal"
              value={goal}
              checked={input.goals.includes(goal)}
              onChange={(e) => toggle('goal', goal, e.target.checked)}
            />{' '}
            {vocabulary.goals[goal]}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={describedBy('has')}>
        <legend>
          <Translate id="advisor.form.has">Certifications already held</Translate>
        </legend>
        {fieldErrors('has')}
        {holdable.map((s) => (
          <label key={s.id} className="advisor-choice">
            <input
              type="checkbox"
              name="has"
              value={s.id}
              checked={input.has.includes(s.id)}
              onChange={(e) => toggle('has', s.id, e.target.checked)}
            />{' '}
            {s.names[locale].short}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
