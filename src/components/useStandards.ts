import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {usePluginData} from '@docusaurus/useGlobalData';
import type {StandardsGlobalData, StandardSummary} from '@site/plugins/standards-compiler/props';
import type {Locale} from '@site/plugins/standards-compiler/vocabulary';

/** Every standard's one-line summary (global data), and its name by id in the reader's language. */
export default function useStandards(): {standards: StandardSummary[]; nameOf: (id: string) => string} {
  const locale = useDocusaurusContext().i18n.currentLocale as Locale;
  const {standards} = usePluginData('standards-compiler') as StandardsGlobalData;
  return {standards, nameOf: (id) => standards.find((s) => s.id === id)?.names[locale].name ?? id};
}
