/**
 * Checks of the cost model across files: every organisational certification has exactly one
 * scheme (so every one gets an estimate, even if only "quote required"), every scheme names a
 * standard, a rule and a column that exist, every rule's bands rise and give one number per
 * column, every currency has exchange rates, every fee's standard exists, the price index has no
 * gaps, and every source exists.
 */
import {checkSourceReferences} from './crossCheck';
import {COST_MODEL_FILES} from './dataFiles';
import type {LoadedCorpus} from './load';
import {type Problem, formatPath} from './problems';
import type {CostModel} from '../../src/core/cost/schema';

/** Every source the cost model cites. */
export const costModelSources = (model: CostModel): string[] => [
  ...model.auditTime.rules.flatMap((r) => r.sources),
  ...model.auditTime.multiSite.flatMap((r) => r.sources),
  ...model.schemes.flatMap((s) => [
    ...('sources' in s.auditTime ? s.auditTime.sources : []),
    ...(s.surveillanceAudits?.sources ?? []),
  ]),
  ...model.dayRates.flatMap((r) => r.sources),
  ...model.fees.flatMap((f) => f.sources),
  ...model.priceIndex.years.flatMap((y) => y.sources),
];

export function crossCheckCostModel(corpus: LoadedCorpus, sourceIds: ReadonlySet<string> | undefined): Problem[] {
  const problems: Problem[] = [];
  const {auditTime, schemes, dayRates, fees, priceIndex} = corpus.costModel;
  const add = (file: string, path: PropertyKey[], message: string) =>
    problems.push({file, path: formatPath(path), message});
  const standards = new Map(corpus.standards.map((s) => [s.data.id, s.data]));
  const rated = corpus.exchangeRates
    ? new Set(['USD', ...corpus.exchangeRates.years.flatMap((y) => Object.keys(y.perUsd))])
    : undefined;
  const checkCurrency = (file: string, path: PropertyKey[], currency: string) => {
    if (rated && !rated.has(currency)) add(file, path, `expected a currency with exchange rates, got "${currency}"`);
  };

  if (auditTime) {
    const ids = new Set<string>();
    auditTime.rules.forEach((rule, i) => {
      if (ids.has(rule.id))
        add(COST_MODEL_FILES.auditTime, ['rules', i, 'id'], `expected a unique id, got a second "${rule.id}"`);
      ids.add(rule.id);
      rule.bands.forEach((band, j) => {
        if (band.days.length !== rule.columns.length) {
          add(
            COST_MODEL_FILES.auditTime,
            ['rules', i, 'bands', j, 'days'],
            `expected ${rule.columns.length} number${rule.columns.length === 1 ? '' : 's'} of days (one per column), got ${band.days.length}`,
          );
        }
        const before = rule.bands[j - 1];
        if (before && band.maxStaff <= before.maxStaff) {
          add(
            COST_MODEL_FILES.auditTime,
            ['rules', i, 'bands', j, 'maxStaff'],
            `expected more than the band before (${before.maxStaff}), got ${band.maxStaff}`,
          );
        }
        if (before) {
          band.days.forEach((d, k) => {
            if (d < before.days[k]) {
              add(
                COST_MODEL_FILES.auditTime,
                ['rules', i, 'bands', j, 'days', k],
                `expected at least the band before's ${before.days[k]} days, got ${d}`,
              );
            }
          });
        }
      });
    });
  }
  if (schemes) {
    const seen = new Set<string>();
    schemes.forEach((scheme, i) => {
      const at = (...path: PropertyKey[]) => [i, ...path];
      const standard = standards.get(scheme.standard);
      if (seen.has(scheme.standard))
        add(
          COST_MODEL_FILES.schemes,
          at('standard'),
          `expected one scheme per standard, got a second "${scheme.standard}"`,
        );
      seen.add(scheme.standard);
      if (!standard) {
        add(COST_MODEL_FILES.schemes, at('standard'), `expected the id of a standard, got "${scheme.standard}"`);
      } else if (standard.certification?.certifies.party !== 'organization' || standard.scope.use !== 'certification') {
        add(
          COST_MODEL_FILES.schemes,
          at('standard'),
          `expected an organisational certification, got "${scheme.standard}"`,
        );
      }
      if (scheme.auditTime.rule !== null && auditTime) {
        const rule = auditTime.rules.find((r) => r.id === scheme.auditTime.rule);
        if (!rule) {
          add(
            COST_MODEL_FILES.schemes,
            at('auditTime', 'rule'),
            `expected the id of a rule in ${COST_MODEL_FILES.auditTime}, got "${scheme.auditTime.rule}"`,
          );
        } else if ('column' in scheme.auditTime && !rule.columns.includes(scheme.auditTime.column)) {
          add(
            COST_MODEL_FILES.schemes,
            at('auditTime', 'column'),
            `expected one of ${rule.columns.join(', ')}, got "${scheme.auditTime.column}"`,
          );
        }
      }
      if (scheme.multiSite !== null && auditTime && !auditTime.multiSite.some((m) => m.id === scheme.multiSite)) {
        add(
          COST_MODEL_FILES.schemes,
          at('multiSite'),
          `expected the id of a multi-site rule, got "${scheme.multiSite}"`,
        );
      }
    });
    for (const [id, standard] of standards) {
      if (
        standard.certification?.certifies.party === 'organization' &&
        standard.scope.use === 'certification' &&
        !seen.has(id)
      ) {
        add(COST_MODEL_FILES.schemes, [], `expected a scheme for the organisational certification "${id}", got none`);
      }
    }
  }
  dayRates?.forEach((rate, i) => {
    checkCurrency(COST_MODEL_FILES.dayRates, [i, 'currency'], rate.currency);
    if (rate.max < rate.min)
      add(COST_MODEL_FILES.dayRates, [i, 'max'], `expected at least min (${rate.min}), got ${rate.max}`);
  });
  fees?.forEach((fee, i) => {
    checkCurrency(COST_MODEL_FILES.fees, ['fees', i, 'currency'], fee.currency);
    if (fee.max < fee.min)
      add(COST_MODEL_FILES.fees, ['fees', i, 'max'], `expected at least min (${fee.min}), got ${fee.max}`);
    fee.standards.forEach((id, j) => {
      if (!standards.has(id))
        add(COST_MODEL_FILES.fees, ['fees', i, 'standards', j], `expected the id of a standard, got "${id}"`);
    });
  });
  if (priceIndex) {
    const years = priceIndex.years.map((y) => y.year);
    priceIndex.years.forEach(({year}, i) => {
      if (i > 0 && year !== years[i - 1] + 1)
        add(
          COST_MODEL_FILES.priceIndex,
          ['years', i, 'year'],
          `expected ${years[i - 1] + 1}, the year after the one before, got ${year}`,
        );
    });
  }
  if (sourceIds) {
    for (const [key, file] of Object.entries(COST_MODEL_FILES)) {
      const data = corpus.costModel[key as keyof CostModel];
      if (data) checkSourceReferences(file, key === 'fees' ? {fees: data} : data, sourceIds, problems);
    }
  }
  return problems;
}
