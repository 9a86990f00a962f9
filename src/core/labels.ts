/**
 * The labels of every closed list of the vocabulary, in every locale: their one home. The pages,
 * the advisor's reasons and the command line all read them from here, so a label cannot read one
 * way in a form and another in the advice. Typed by locale and by id: a missing label fails the
 * type check, and test/unit/labels.test.ts fails on an empty one.
 *
 * Each label is written as a reader sees it standing alone (an option, a badge, a column); inside
 * a sentence the advisor uses `labelInSentence`. Theme names are data (standards-data/themes.yaml),
 * and region names come from each locale's ICU data at build time (regionNames.ts).
 */
import {withTaiwan} from './taiwan';
import type {
  AdoptionEquivalence,
  AdvisorGoal,
  CertifiedParty,
  Confidence,
  EditionStatus,
  Family,
  FocusDimension,
  Industry,
  Locale,
  MappingMethod,
  MappingStatus,
  OperationType,
  ProvenanceKind,
  RationaleType,
  RelationType,
  Relationship,
  Recognizer,
  ScopeOperation,
  StandardDesign,
  StandardKind,
  StandardUse,
  TextAccess,
} from './vocabulary';
import type {AdoptionMeasure} from './schema';
import type {ChangeKind} from './editionChanges';
import type {SearchKind} from './search/kinds';

export interface VocabularyLabels {
  statuses: Record<EditionStatus, string>;
  /** A current status no source has confirmed for years (statusFreshness.ts); `{year}` the last. */
  statusNotConfirmedSince: string;
  /** How a national adoption relates to the international text. */
  equivalences: Record<AdoptionEquivalence, string>;
  /** A chart legend's name for current editions no source has confirmed for over `{years}` years. */
  statusUnconfirmedLegend: string;
  kinds: Record<StandardKind, string>;
  designs: Record<StandardDesign, string>;
  /** What each design is, in one line, as a lesson's grouping explains it. */
  designMeanings: Record<StandardDesign, string>;
  parties: Record<CertifiedParty, string>;
  focus: Record<FocusDimension, string>;
  relations: Record<RelationType, string>;
  relationships: Record<Relationship, string>;
  /** What a mapping's reasoning compares (NIST IR 8477), as a column reads it. */
  rationaleTypes: Record<RationaleType, string>;
  provenanceKinds: Record<ProvenanceKind, string>;
  /** What happened to a unit between two editions (editionChanges.ts), as a list's heading reads it. */
  changeKinds: Record<ChangeKind, string>;
  mappingMethods: Record<MappingMethod, string>;
  mappingStatuses: Record<MappingStatus, string>;
  confidences: Record<Confidence, string>;
  access: Record<TextAccess, string>;
  industries: Record<Industry | 'all', string>;
  operations: Record<OperationType, string>;
  /** What a standard is written for (its scope), as a reader sees it in a list: "IT support centres". */
  scopes: Record<ScopeOperation, string>;
  uses: Record<StandardUse, string>;
  recognizers: Record<Recognizer, string>;
  goals: Record<AdvisorGoal, string>;
  measures: Record<AdoptionMeasure, string>;
  families: Record<Family, string>;
  searchKinds: Record<SearchKind, string>;
  /** The name of the `global` region. */
  globalRegion: string;
}

export const LABELS: Record<Locale, VocabularyLabels> = withTaiwan({
  en: {
    statuses: {current: 'Current', superseded: 'Superseded', withdrawn: 'Withdrawn', draft: 'Draft'},
    statusNotConfirmedSince: 'Not confirmed since {year}',
    equivalences: {identical: 'identical adoption', modified: 'modified adoption'},
    statusUnconfirmedLegend: 'Current, not confirmed for over {years} years',
    kinds: {
      organization: 'Organizational certification',
      individual: 'Individual certification',
      methodology: 'Methodology',
      structure: 'Common structure of standards',
    },
    designs: {
      'management-system': 'Management-system standard',
      'service-requirements': 'Service requirements',
      performance: 'Performance standard',
      'maturity-model': 'Maturity model',
      controls: 'Control requirements',
      rating: 'Rating or index',
      award: 'Award',
      personnel: 'Personnel certification',
      guidance: 'Guidance or framework',
    },
    designMeanings: {
      'management-system':
        'Requires a system of policies, processes and reviews that plans, checks and improves the work.',
      'service-requirements': 'Says what the service delivered to customers must include, whoever runs it and however.',
      performance: 'Says what to measure and the results to reach, and audits the figures.',
      'maturity-model': 'Places an organisation on levels of capability, each building on the one below.',
      controls: 'Lists controls that must be in place and assesses each one.',
      rating: 'Scores or ranks organisations against a model, often against each other.',
      award: 'Recognises the best entrants in a competition, for a year.',
      personnel: "Certifies a person's knowledge or skill, by examination or assessment.",
      guidance: 'Describes good practice to adopt; nothing is certified against it.',
    },
    parties: {organization: 'Organizations', individual: 'Individuals'},
    focus: {
      process: 'Process',
      people: 'People',
      performance: 'Performance',
      customer: 'Customer',
      security: 'Security',
      technology: 'Technology',
    },
    relations: {predecessor: 'Predecessor', successor: 'Successor', complements: 'Complements', overlaps: 'Overlaps'},
    relationships: {
      equal: 'equals',
      'subset-of': 'is part of',
      'superset-of': 'contains',
      'intersects-with': 'overlaps',
      'no-relationship': 'has no counterpart in',
    },
    rationaleTypes: {syntactic: 'wording', semantic: 'meaning', functional: 'outcome'},
    provenanceKinds: {
      published: "Published by the standard's owner or a standards body",
      analysis: 'Our own analysis',
    },
    mappingMethods: {human: 'by people', automation: 'by software', hybrid: 'by software, checked by people'},
    changeKinds: {
      kept: 'Kept',
      moved: 'Kept under a new number',
      merged: 'Merged with others',
      split: 'Split',
      changed: 'Changed',
      added: 'Added',
      removed: 'Removed',
    },
    mappingStatuses: {
      complete: 'complete',
      'not-complete': 'not complete',
      draft: 'draft',
      deprecated: 'deprecated',
      superseded: 'superseded',
    },
    confidences: {high: 'high', medium: 'medium', low: 'low'},
    access: {free: 'Free to download', paid: 'Sold by its publisher', 'members-only': 'Members only'},
    industries: {
      all: 'All industries',
      banking: 'Banking',
      insurance: 'Insurance',
      telecom: 'Telecommunications',
      'it-services': 'IT services',
      bpo: 'Outsourcing (BPO)',
      retail: 'Retail',
      'public-sector': 'Public sector',
      healthcare: 'Healthcare',
      utilities: 'Utilities',
      travel: 'Travel',
      manufacturing: 'Manufacturing',
      other: 'Other industries',
    },
    operations: {
      'in-house': 'In-house contact centre',
      outsourcer: 'Outsourcer (BPO)',
      'it-support': 'IT support centre',
      'public-service': 'Public service',
    },
    scopes: {
      'customer-contact': 'Customer contact centres',
      'it-support': 'IT support centres and help desks',
      'service-providers': 'Service providers serving clients',
      'sourcing-clients': 'Organizations buying outsourced services',
      'any-organization': 'Any organization',
    },
    uses: {
      certification: 'Certification',
      guidance: 'Guidance to adopt',
    },
    recognizers: {clients: 'Clients'},
    goals: {
      'win-outsourcing-clients': 'Winning outsourcing clients',
      'operational-performance': 'Operational performance',
      'customer-experience': 'Customer experience',
      'information-security': 'Information security',
      'payment-card-security': 'Payment card security',
      'people-development': 'Developing people',
      'individual-career': "An individual's career",
      'complaints-handling': 'Complaints handling',
      'business-continuity': 'Business continuity',
      'it-service-management': 'IT service management',
      'knowledge-management': 'Knowledge management',
      'client-recognition': 'Recognition by our enterprise clients',
    },
    measures: {
      'certified-organizations': 'certified organizations',
      'certified-sites': 'certified sites',
      'successful-certifications': 'successful certification cases (unit not stated)',
      'valid-certificates': 'valid certificates',
      'certified-individuals': 'certified individuals',
      'sites-using': 'sites using it',
    },
    families: {
      'quality-management': 'Quality management',
      'contact-centre-operations': 'Contact-centre operations',
      'outsourcing-capability': 'Outsourcing capability',
      'client-sourcing': 'Sourcing management (client side)',
      'service-management': 'Service management',
      'security-and-continuity': 'Security and continuity',
      people: 'People',
    },
    searchKinds: {
      standard: 'Standard',
      clause: 'Clause',
      crosswalk: 'Crosswalk',
      page: 'Page section',
      term: 'Glossary term',
    },
    globalRegion: 'Worldwide',
  },
  'zh-Hans': {
    statuses: {current: '现行', superseded: '已被取代', withdrawn: '已废止', draft: '草案'},
    statusNotConfirmedSince: '{year} 年以来未获确认',
    equivalences: {identical: '等同采用', modified: '修改采用'},
    statusUnconfirmedLegend: '现行，但超过 {years} 年未获确认',
    kinds: {organization: '组织认证', individual: '个人认证', methodology: '方法论', structure: '标准的共同结构'},
    designs: {
      'management-system': '管理体系标准',
      'service-requirements': '服务要求标准',
      performance: '绩效标准',
      'maturity-model': '成熟度模型',
      controls: '控制要求',
      rating: '评级或指数',
      award: '奖项',
      personnel: '人员认证',
      guidance: '指南或框架',
    },
    designMeanings: {
      'management-system': '要求建立一套方针、流程和评审的体系，用以策划、检查并改进工作。',
      'service-requirements': '规定向客户提供的服务必须包含什么，而不论由谁、以何种方式运营。',
      performance: '规定测量什么、要达到什么结果，并审核这些数据。',
      'maturity-model': '把组织放在逐级递进的能力等级上，每一级以下一级为基础。',
      controls: '列出必须到位的控制措施，并逐项评估。',
      rating: '按某个模型为组织打分或排名，常常相互比较。',
      award: '在一年一度的评比中表彰最出色的参评者。',
      personnel: '通过考试或评估，认证个人的知识或技能。',
      guidance: '描述可采用的良好实践，不据此进行认证。',
    },
    parties: {organization: '组织', individual: '个人'},
    focus: {
      process: '流程',
      people: '人员',
      performance: '绩效',
      customer: '客户',
      security: '安全',
      technology: '技术',
    },
    relations: {predecessor: '前身', successor: '后继', complements: '互补', overlaps: '重叠'},
    relationships: {
      equal: '等同于',
      'subset-of': '属于其一部分',
      'superset-of': '涵盖',
      'intersects-with': '部分重叠',
      'no-relationship': '无对应',
    },
    rationaleTypes: {syntactic: '措辞', semantic: '含义', functional: '效果'},
    provenanceKinds: {published: '由标准所有者或标准化机构发布', analysis: '本站自行分析'},
    mappingMethods: {human: '人工', automation: '软件自动', hybrid: '软件生成、人工核对'},
    changeKinds: {
      kept: '保留',
      moved: '保留但编号改变',
      merged: '与其他条款合并',
      split: '拆分',
      changed: '有所变化',
      added: '新增',
      removed: '删除',
    },
    mappingStatuses: {
      complete: '完整',
      'not-complete': '未完整',
      draft: '草稿',
      deprecated: '已弃用',
      superseded: '已被取代',
    },
    confidences: {high: '高', medium: '中', low: '低'},
    access: {free: '可免费下载', paid: '由发布方出售', 'members-only': '仅限会员'},
    industries: {
      all: '所有行业',
      banking: '银行',
      insurance: '保险',
      telecom: '电信',
      'it-services': 'IT 服务',
      bpo: '业务流程外包（BPO）',
      retail: '零售',
      'public-sector': '公共部门',
      healthcare: '医疗',
      utilities: '公用事业',
      travel: '旅游',
      manufacturing: '制造业',
      other: '其他行业',
    },
    operations: {
      'in-house': '企业自营联络中心',
      outsourcer: '外包服务商（BPO）',
      'it-support': 'IT 支持中心',
      'public-service': '公共服务',
    },
    scopes: {
      'customer-contact': '客户联络中心',
      'it-support': 'IT 支持中心和服务台',
      'service-providers': '为客户提供服务的服务商',
      'sourcing-clients': '采购外包服务的组织',
      'any-organization': '任何组织',
    },
    uses: {
      certification: '认证',
      guidance: '可采用的指南',
    },
    recognizers: {clients: '客户'},
    goals: {
      'win-outsourcing-clients': '赢得外包客户',
      'operational-performance': '运营绩效',
      'customer-experience': '客户体验',
      'information-security': '信息安全',
      'payment-card-security': '支付卡安全',
      'people-development': '人员发展',
      'individual-career': '个人职业发展',
      'complaints-handling': '投诉处理',
      'business-continuity': '业务连续性',
      'it-service-management': 'IT 服务管理',
      'knowledge-management': '知识管理',
      'client-recognition': '获得企业客户认可',
    },
    measures: {
      'certified-organizations': '家获证机构',
      'certified-sites': '个获证站点',
      'successful-certifications': '个认证成功案例（未说明单位）',
      'valid-certificates': '张有效证书',
      'certified-individuals': '名获证人员',
      'sites-using': '个使用站点',
    },
    families: {
      'quality-management': '质量管理',
      'contact-centre-operations': '联络中心运营',
      'outsourcing-capability': '外包能力',
      'client-sourcing': '外包管理（委托方）',
      'service-management': '服务管理',
      'security-and-continuity': '安全与业务连续性',
      people: '人员',
    },
    searchKinds: {standard: '标准', clause: '条款', crosswalk: '条款对照', page: '页面章节', term: '术语'},
    globalRegion: '全球',
  },
});

/**
 * A label as it reads inside a sentence: English lowers its first letter unless the first word is
 * an abbreviation ("IT services" stays, "Public sector" becomes "public sector"); Chinese has no case.
 */
export const labelInSentence = (label: string, locale: Locale): string =>
  locale === 'en' && !/^[A-Z]{2}/.test(label) ? label.charAt(0).toLowerCase() + label.slice(1) : label;
