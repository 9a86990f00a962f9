/** What the lessons, the glossary and the quizzes of one locale read (src/core/teaching/types.ts). */
import type {StandardsContent} from '../compile';
import type {TeachingData} from '../../../src/core/teaching/types';
import type {Locale} from '../../../src/core/vocabulary';
import {teachingFacts} from './facts';
import {buildQuizzes} from './quizzes';

export const TEACHING_DATA_FILE = 'teaching.json';

export const buildTeachingData = (content: StandardsContent, locale: Locale): TeachingData => ({
  locale,
  ...teachingFacts(content, locale),
  quizzes: buildQuizzes(content, locale),
});
