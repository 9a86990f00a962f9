/**
 * The words of the quizzes and of the facts lessons show, in every locale (Traditional replayed
 * from the Simplified, taiwan.ts). `{name}` and the like are filled in by fill().
 */
import {withTaiwan} from '../taiwan';
import type {Locale} from '../vocabulary';

export interface TeachingPhrases {
  years: string;
  oneYear: string;
  edition: string;
  accreditsWho: string;
  accreditsWhy: string;
  designOf: string;
  designWhy: string;
  whichPerformance: string;
  performanceWhy: string;
  validityOf: string;
  validityWhy: string;
  whomCertifies: string;
  certifiesWhy: string;
  whichPeople: string;
  peopleWhy: string;
  mapsTo: string;
  mapsToWhy: string;
  coverageOf: string;
  coverageWhy: string;
  whichFirst: string;
  firstWhy: string;
  publishedIn: string;
  replacedBy: string;
  replacedWhy: string;
  readMore: string;
  cardOwner: string;
  cardFirst: string;
  cardCertifies: string;
  cardDesign: string;
  cardValidity: string;
}

export const TEACHING_PHRASES: Record<Locale, TeachingPhrases> = withTaiwan({
  en: {
    years: '{n} years',
    oneYear: '1 year',
    edition: '{version} ({year})',
    accreditsWho: 'Which body accredits the certification bodies of {region}?',
    accreditsWhy: '{acronym} ({name}) accredits certification bodies in {region}.',
    designOf: 'What kind of standard is {name}?',
    designWhy: '{name}: {design}. {meaning}',
    whichPerformance: 'Which of these says what to measure and the results to reach, and audits the figures?',
    performanceWhy: '{name} is a performance standard; the others are built another way ({others}).',
    validityOf: 'How long does a certificate of {name} run before it must be renewed?',
    validityWhy: 'A certificate of {name} runs for {validity}.',
    whomCertifies: 'Who is certified under {name}?',
    certifiesWhy: 'Who is certified under {name}: {party}.',
    whichPeople: 'Which of these certifies people rather than organisations?',
    peopleWhy: '{name} certifies individuals; {others} certify organisations.',
    mapsTo: "In the site's crosswalk, which clause of {to} does {from} {unit} map to most closely?",
    mapsToWhy: '{from} {unit} {relationship} {to} {target} (strength {strength} of 10): {rationale}',
    coverageOf: 'About how much of what {to} asks does holding {from} cover, weighed by strength?',
    coverageWhy: "Holding {from} covers about {weighted} of what {to} asks, by the site's crosswalk.",
    whichFirst: 'Which of these was published first?',
    firstWhy: '{first}; {others}.',
    publishedIn: '{name} was first published in {year}',
    replacedBy: 'What replaced {name}?',
    replacedWhy: '{name} was followed by {successor}.',
    readMore: 'Read more: {what}',
    cardOwner: 'Owner: {owner}',
    cardFirst: 'First published: {year}',
    cardCertifies: 'Who is certified: {party}',
    cardDesign: 'Design: {design}',
    cardValidity: 'A certificate runs for {validity}',
  },
  'zh-Hans': {
    years: '{n} 年',
    oneYear: '1 年',
    edition: '{version}（{year}）',
    accreditsWho: '哪个机构负责认可{region}的认证机构？',
    accreditsWhy: '{acronym}（{name}）在{region}认可认证机构。',
    designOf: '{name} 属于哪一类标准？',
    designWhy: '{name}：{design}。{meaning}',
    whichPerformance: '以下哪一项规定测量什么、要达到什么结果，并审核这些数据？',
    performanceWhy: '{name} 是绩效标准；其余各项的构成方式不同（{others}）。',
    validityOf: '{name} 证书的有效期多长，到期须重新认证？',
    validityWhy: '{name} 证书的有效期为 {validity}。',
    whomCertifies: '{name} 认证的对象是谁？',
    certifiesWhy: '{name} 认证的对象：{party}。',
    whichPeople: '以下哪一项认证的是个人而不是组织？',
    peopleWhy: '{name} 认证个人；{others} 认证组织。',
    mapsTo: '在本站的条款对照中，{from} {unit} 与 {to} 的哪一条最接近？',
    mapsToWhy: '{from} {unit} {relationship} {to} {target}（强度 {strength}/10）：{rationale}',
    coverageOf: '按强度加权，持有 {from} 大约覆盖 {to} 要求的多少？',
    coverageWhy: '按本站的条款对照，持有 {from} 大约覆盖 {to} 要求的 {weighted}。',
    whichFirst: '以下哪一项最早发布？',
    firstWhy: '{first}；{others}。',
    publishedIn: '{name} 于 {year} 年首次发布',
    replacedBy: '{name} 被什么取代了？',
    replacedWhy: '{name} 之后由 {successor} 接替。',
    readMore: '延伸阅读：{what}',
    cardOwner: '所有者：{owner}',
    cardFirst: '首次发布：{year} 年',
    cardCertifies: '认证对象：{party}',
    cardDesign: '类型：{design}',
    cardValidity: '证书有效期：{validity}',
  },
});

/**
 * The phrase with each `{key}` replaced by its value. Chinese phrases space a placeholder off from
 * the words around it, as a Latin name needs; where the value begins or ends in Chinese, that space
 * goes ("六西格玛带级 证书" reads "六西格玛带级证书").
 */
export const fill = (phrase: string, values: Readonly<Record<string, string | number>>): string =>
  phrase
    .replace(/\{(\w+)\}/g, (whole, key: string) => (key in values ? `\uE000${String(values[key])}\uE000` : whole))
    .replace(/(\p{Script=Han}|[，。：；、（）])\uE000? \uE000?(?=\uE000?(?:\p{Script=Han}|[，。：；、（）]))/gu, '$1')
    .replaceAll('\uE000', '');

/** "3 years", "3 年". */
export const yearsText = (n: number, locale: Locale): string =>
  n === 1 ? TEACHING_PHRASES[locale].oneYear : fill(TEACHING_PHRASES[locale].years, {n});
