/**
 * The vocabulary's labels in the reader's language. They live in src/core/labels.ts, their one
 * home, shared with the advisor's reasons and the command line.
 */
import {translate} from '@docusaurus/Translate';
import useDocusaurusContext from '@docusaurus/useDocusaurusContext';
import {LABELS, type VocabularyLabels} from '@site/src/core/labels';
import type {Locale} from '@site/src/core/vocabulary';

export const useLabels = (): VocabularyLabels => LABELS[useDocusaurusContext().i18n.currentLocale as Locale];

/** The glossary's name, as search groups its terms and the offline notice lists it. */
export const glossaryName = (): string => translate({id: 'learn.glossary.name', message: 'Glossary'});
