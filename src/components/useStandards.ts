import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {StandardsGlobalData, StandardSummary} from '@site/src/core/pageData';
import {GLOSSARY_GROUP} from '@site/src/core/search/kinds';
import {glossaryName} from './labels';
import type {Locale} from '@site/src/core/vocabulary';

/**
 * Every standard's one-line summary (global data), and its name by id in the reader's language:
 * `nameOf` the name alone, `headingOf` the name with its short form where the name does not hold
 * it ("Customer Contact Center Standard for Operation Performance (CCCS-OP)"), for a heading that
 * must be recognized by either.
 */
export default function useStandards(): {
  standards: StandardSummary[];
  nameOf: (id: string) => string;
  headingOf: (id: string) => string;
} {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const {standards} = usePluginData('standards-compiler') as StandardsGlobalData;
  const namesOf = (id: string) => standards.find((s) => s.id === id)?.names[locale];
  return {
    standards,
    nameOf: (id) => namesOf(id)?.name ?? id,
    headingOf: (id) => {
      if (id === GLOSSARY_GROUP) return glossaryName();
      const names = namesOf(id);
      if (!names) return id;
      return names.name.includes(names.short) ? names.name : `${names.name} (${names.short})`;
    },
  };
}
