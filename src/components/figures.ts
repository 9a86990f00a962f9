/** Figures in words, in the reader's language: amounts and durations. */
import {translate} from '@docusaurus/Translate';
import type {AmountShape} from './StandardPage/_utils';

export const amountText = (shape: AmountShape): string => {
  switch (shape.kind) {
    case 'exact':
      return shape.amount;
    case 'range':
      return translate({id: 'standard.cost.range', message: '{min} to {max}'}, {min: shape.min, max: shape.max});
    case 'more-than':
      return translate({id: 'standard.cost.moreThan', message: 'more than {amount}'}, {amount: shape.amount});
  }
};

export const monthsText = (min: number, max: number | undefined): string =>
  max === undefined || max === min
    ? translate({id: 'standard.time.months', message: '{months} months'}, {months: String(min)})
    : translate({id: 'standard.time.monthRange', message: '{min} to {max} months'}, {min: String(min), max: String(max)});

/** A share from 0 to 1 as a whole percentage in the reader's language. */
export const percent = (share: number, locale: string): string =>
  new Intl.NumberFormat(locale, {style: 'percent', maximumFractionDigits: 0}).format(share);
