/**
 * An estimate's method in one line a reader can check, in one locale: the people and sites it is
 * sized for, the rule and its column, the audit days, the day rate with its year (and "proxy"
 * where it stands in for another figure), the fees on top, how the money reached today's prices
 * and the reader's currency, the cycle, and what is missing. The page and the command line print it.
 */
import {groupThousands, moneyText} from '../format';
import {PUNCTUATION} from '../text';
import type {AuthoredLocale, Locale} from '../vocabulary';
import {withTaiwan} from '../taiwan';
import type {OrganisationEstimate} from './estimate';
import type {PriceSteps} from './prices';

type Names = (codes: readonly string[]) => string;

const days = (n: number) => groupThousands(n);

const PHRASES = withTaiwan({
  en: {
    staff: (e: OrganisationEstimate) =>
      e.sizing.staffFrom === 'seats'
        ? `${groupThousands(e.sizing.staff!)} staff (one person a seat; give the headcount to count shifts and support staff)`
        : `${groupThousands(e.sizing.staff!)} staff`,
    noSize: 'no headcount or seats given, so the audit is not sized',
    sites: (n: number, visited: number, rule: string | null) =>
      rule
        ? `over ${n} sites, ${visited} visited at the first audit (${rule})`
        : `over ${n} sites, each audited (no sourced sampling rule for this scheme)`,
    auditDays: (d: number, staff: string, rule: string, column: string | null, proxy: boolean) =>
      `${days(d)} audit days for ${staff} (${rule}${column ? `, column "${column}"` : ''}${proxy ? ', used as a stand-in' : ''})`,
    beyondTable: 'above the last band of the table: the rule asks for more, so this is a floor',
    noRule: (note: string) => `no public rule sizes the audit: ${note}`,
    rate: (range: string, what: string, year: number, proxy: boolean) =>
      ` × ${range} a day (${what}, ${year}${proxy ? '; proxy' : ''})`,
    noRate: (places: string) => `no sourced day rate for ${places}: days without money`,
    noCountry: 'name a country to price the days',
    fee: (what: string, amount: string, year: number, times: number, proxy: boolean) =>
      `${what} ${amount}${times > 1 ? ` × ${times}` : ''} (${year}${proxy ? '; proxy' : ''})`,
    reported: (figures: string) => `reported cost of certifying: ${figures}`,
    reportedFigure: (amount: string, place: string, year: number) => `${amount} (${place}, ${year})`,
    steps: (s: PriceSteps, priceYear: number) =>
      [
        s.toUsd && `${s.from.currency} to USD at ${s.toUsd.rateYear} rates`,
        s.inflation.fromYear !== s.inflation.toYear &&
          `to ${priceYear} prices by US CPI-U (${s.inflation.fromIndex} → ${s.inflation.toIndex})`,
        s.toCurrency && `into ${s.toCurrency.currency} at ${s.toCurrency.rateYear} rates`,
      ]
        .filter(Boolean)
        .join(', '),
    cycle: (years: number, audits: number | null, surveillance: number | null, recert: number | null) =>
      audits === null
        ? `${years}-year certificate (its surveillance audits are not sourced)`
        : surveillance === null
          ? `${years}-year cycle with ${audits} surveillance audit${audits === 1 ? '' : 's'} (their days not sourced)`
          : `${years}-year cycle: ${audits} surveillance audit${audits === 1 ? '' : 's'} of ${days(surveillance)} days and a recertification of ${recert === null ? 'days not sourced, so the cycle is not priced' : `${days(recert)} days`}`,
    noCycle: 'certificate cycle not sourced',
    quote: 'quote required',
    notPublished: (what: string) => `not published: ${what}`,
    join: '; ',
    plus: ' + ',
  },
  'zh-Hans': {
    staff: (e: OrganisationEstimate) =>
      e.sizing.staffFrom === 'seats'
        ? `${groupThousands(e.sizing.staff!)} 名员工（按每个席位一人计；请填写实际人数以计入倒班和支持人员）`
        : `${groupThousands(e.sizing.staff!)} 名员工`,
    noSize: '未给出人数或席位数，无法确定审核规模',
    sites: (n: number, visited: number, rule: string | null) =>
      rule
        ? `分布于 ${n} 个场所，首次审核抽查 ${visited} 个（${rule}）`
        : `分布于 ${n} 个场所，逐一审核（该认证没有有来源的抽样规则）`,
    auditDays: (d: number, staff: string, rule: string, column: string | null, proxy: boolean) =>
      `${staff}需审核 ${days(d)} 人日（${rule}${column ? `，“${column}”栏` : ''}${proxy ? '，作为替代' : ''}）`,
    beyondTable: '人数超出表格最后一档：规则要求更多，此为下限',
    noRule: (note: string) => `没有公开的规则确定审核人日：${note}`,
    rate: (range: string, what: string, year: number, proxy: boolean) =>
      ` × 每人日 ${range}（${what}，${year} 年${proxy ? '；替代数据' : ''}）`,
    noRate: (places: string) => `${places}没有有来源的人日费率：只给出人日，不给金额`,
    noCountry: '请选择国家或地区，以便按人日计价',
    fee: (what: string, amount: string, year: number, times: number, proxy: boolean) =>
      `${what} ${amount}${times > 1 ? ` × ${times}` : ''}（${year} 年${proxy ? '；替代数据' : ''}）`,
    reported: (figures: string) => `报道的认证费用：${figures}`,
    reportedFigure: (amount: string, place: string, year: number) => `${amount}（${place}，${year} 年）`,
    steps: (s: PriceSteps, priceYear: number) =>
      [
        s.toUsd && `${s.from.currency} 按 ${s.toUsd.rateYear} 年汇率换算为美元`,
        s.inflation.fromYear !== s.inflation.toYear &&
          `按美国 CPI-U 调整至 ${priceYear} 年价格（${s.inflation.fromIndex} → ${s.inflation.toIndex}）`,
        s.toCurrency && `再按 ${s.toCurrency.rateYear} 年汇率换算为 ${s.toCurrency.currency}`,
      ]
        .filter(Boolean)
        .join('，'),
    cycle: (years: number, audits: number | null, surveillance: number | null, recert: number | null) =>
      audits === null
        ? `证书有效期 ${years} 年（监督审核次数无来源）`
        : surveillance === null
          ? `${years} 年周期，含 ${audits} 次监督审核（人日无来源）`
          : `${years} 年周期：${audits} 次监督审核，每次 ${days(surveillance)} 人日，再认证${recert === null ? '人日无来源，故整个周期未计价' : ` ${days(recert)} 人日`}`,
    noCycle: '证书周期无来源',
    quote: '需询价',
    notPublished: (what: string) => `未公开：${what}`,
    join: '；',
    plus: ' + ',
  },
} as const satisfies Record<AuthoredLocale, unknown>);

const rangeText = (currency: string, min: number, max: number, locale: Locale): string =>
  min === max
    ? moneyText(currency, min)
    : `${moneyText(currency, min)}${locale === 'en' ? '–' : '–'}${groupThousands(max >= 100 ? Math.round(max) : max)}`;

const feeList = (e: OrganisationEstimate, locale: Locale): string[] =>
  e.fees.map((f) =>
    PHRASES[locale].fee(f.short[locale], rangeText(f.currency, f.min, f.max, locale), f.asOf, f.times.first, f.proxy),
  );

/** How a figure reached the price year and the reader's currency, or '' when it needed no step. */
export const priceStepsText = (steps: PriceSteps, priceYear: number, locale: Locale): string =>
  PHRASES[locale].steps(steps, priceYear);

/** The method line of an estimate, in `locale`; `names` turns country codes into names. */
export function methodText(e: OrganisationEstimate, locale: Locale, names: Names): string {
  const p = PHRASES[locale];
  const parts: string[] = [];
  const d = e.auditDays;
  if (e.rule && d) {
    let sized = p.auditDays(
      d.initial,
      p.staff(e),
      e.rule.name[locale],
      e.rule.singleColumn ? null : e.rule.column,
      e.rule.proxy,
    );
    if (e.sizing.sites > 1) {
      const sampling = e.rule.multiSite?.name[locale] ?? null;
      sized += `${PUNCTUATION[locale].items}${p.sites(e.sizing.sites, d.sitesVisited.initial, sampling)}`;
    }
    if (e.dayRate) {
      const r = e.dayRate;
      sized += p.rate(rangeText(r.currency, r.original.min, r.original.max, locale), r.short[locale], r.asOf, r.proxy);
    }
    // The fees charged on top of the days belong to the same sum.
    if (e.basis === 'audit-days' && e.fees.length) sized += p.plus + feeList(e, locale).join(p.plus);
    parts.push(sized);
    if (d.perSite.beyondTable) parts.push(p.beyondTable);
  } else if (e.rule) {
    parts.push(p.noSize);
  } else if (e.noRule) {
    parts.push(p.noRule(e.noRule[locale]));
  }
  if (e.basis === 'assessment-fee') parts.push(feeList(e, locale).join(p.plus));
  if (e.basis === 'reported' && e.reported) {
    parts.push(
      p.reported(
        e.reported.original
          .map((o) =>
            PHRASES[locale].reportedFigure(
              rangeText(o.currency, o.min, o.max ?? o.min, locale),
              names([o.region]),
              o.asOf,
            ),
          )
          .join(PUNCTUATION[locale].list),
      ),
    );
  }
  if (e.rule && d && !e.dayRate) parts.push(e.noDayRateFor.length ? p.noRate(names(e.noDayRateFor)) : p.noCountry);
  // The conversion of the figure the money mostly rests on.
  const main = e.dayRate?.priced.min ?? e.fees[0]?.priced.min ?? e.reported?.priced[0]?.min;
  if (e.basis !== null && main) {
    const steps = p.steps(main, e.priceYear);
    if (steps) parts.push(steps);
  }
  if (e.cycle.years !== null) {
    parts.push(
      p.cycle(
        e.cycle.years,
        e.surveillanceAudits,
        d && e.surveillanceAudits !== null ? d.surveillance : null,
        d ? d.recertification : null,
      ),
    );
  } else parts.push(p.noCycle);
  if (e.quoteRequired) parts.push(p.quote);
  if (e.feesNotFound.length)
    parts.push(p.notPublished(e.feesNotFound.map((w) => w[locale]).join(PUNCTUATION[locale].list)));
  // Notes from the data end in a full stop; the line joins its parts with its own separator.
  return parts.map((part) => part.replace(/[.。]\s*$/u, '')).join(p.join);
}
