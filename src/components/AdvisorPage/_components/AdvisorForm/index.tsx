import Translate, {translate} from '@docusaurus/Translate';
import type {AdvisorData} from '@site/src/core/advisor/data';
import {type AdviceInput, type InputOption, PARTIES} from '@site/src/core/advisor/input';
import {ratedCurrencies} from '@site/src/core/advisor/money';
import {ADVISOR_GOALS, INDUSTRIES, OPERATION_TYPES, type Locale} from '@site/src/core/vocabulary';
import React, {useMemo} from 'react';
import {useLabels} from '../../../labels';
import {withOption} from '../../_utils';

interface Props {
  data: AdvisorData;
  locale: Locale;
  /** The answers as typed (the URL's values), so a half-typed number is not lost. */
  values: ReadonlyMap<string, readonly string[]>;
  /** The answers as understood. */
  input: AdviceInput;
  onChange: (values: Map<string, string[]>) => void;
}

/** The advisor's questions. Every control writes its answer into the URL through `onChange`. */
export default function AdvisorForm({data, locale, values, input, onChange}: Props): React.ReactElement {
  const vocabulary = useLabels();
  const one = (option: InputOption) => values.get(option)?.[0] ?? '';
  const set = (option: InputOption, list: readonly string[]) => onChange(withOption(values, option, list));
  const toggle = (option: InputOption, value: string, on: boolean) => {
    const current = values.get(option) ?? [];
    set(option, on ? [...current, value] : current.filter((v) => v !== value));
  };
  const industries = vocabulary.industries;
  const parties = vocabulary.parties;
  const countries = useMemo(
    () => Object.entries(data.regionNames[locale]).sort(([, a], [, b]) => a.localeCompare(b, locale)),
    [data, locale],
  );
  const holdable = data.standards.filter((s) => s.certifies === input.for);

  return (
    <form className="advisor-form" aria-labelledby="advisor-form-title" onSubmit={(e) => e.preventDefault()}>
      <h2 id="advisor-form-title">
        <Translate id="advisor.form.title">Your situation</Translate>
      </h2>
      <fieldset>
        <legend>
          <Translate id="advisor.form.for">Who is to be certified?</Translate>
        </legend>
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
      <label className="advisor-field">
        <span>
          <Translate id="advisor.form.industry">Industry</Translate>
        </span>
        <select name="industry" value={one('industry')} onChange={(e) => set('industry', [e.target.value])}>
          <option value="">{translate({id: 'advisor.form.notSaid', message: 'Not said'})}</option>
          {INDUSTRIES.map((i) => (
            <option key={i} value={i}>
              {industries[i]}
            </option>
          ))}
        </select>
      </label>
      <label className="advisor-field">
        <span>
          <Translate id="advisor.form.operation">Type of operation</Translate>
        </span>
        <select name="operation" value={one('operation')} onChange={(e) => set('operation', [e.target.value])}>
          <option value="">{translate({id: 'advisor.form.notSaid', message: 'Not said'})}</option>
          {OPERATION_TYPES.map((o) => (
            <option key={o} value={o}>
              {vocabulary.operations[o]}
            </option>
          ))}
        </select>
      </label>
      <label className="advisor-field">
        <span>
          <Translate id="advisor.form.seats">Seats</Translate>
        </span>
        <input
          type="number"
          name="seats"
          min={1}
          step={1}
          inputMode="numeric"
          value={one('seats')}
          onChange={(e) => set('seats', [e.target.value])}
        />
      </label>
      <fieldset>
        <legend>
          <Translate id="advisor.form.countries">Countries where you operate or serve clients</Translate>
        </legend>
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
        <label className="advisor-field">
          <span>
            <Translate id="advisor.form.budget">Budget</Translate>
          </span>
          <input
            type="number"
            name="budget"
            min={0}
            inputMode="decimal"
            value={one('budget')}
            onChange={(e) => set('budget', [e.target.value])}
          />
        </label>
        <label className="advisor-field">
          <span>
            <Translate id="advisor.form.currency">Currency</Translate>
          </span>
          <select name="currency" value={input.currency} onChange={(e) => set('currency', [e.target.value])}>
            {ratedCurrencies(data.rates).map((c) => (
              <option key={c} value={c}>
                {c}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="advisor-field">
        <span>
          <Translate id="advisor.form.months">Months available</Translate>
        </span>
        <input
          type="number"
          name="months"
          min={1}
          inputMode="numeric"
          value={one('months')}
          onChange={(e) => set('months', [e.target.value])}
        />
      </label>
      <fieldset>
        <legend>
          <Translate id="advisor.form.goals">Goals</Translate>
        </legend>
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
      <fieldset>
        <legend>
          <Translate id="advisor.form.has">Certifications already held</Translate>
        </legend>
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
