/**
 * The components every lesson may use without importing them (docs/learn/): each reads the
 * standards compiler's data, so a lesson shows a fact with its source and never a copied figure.
 */
import MDXComponents from '@theme-original/MDXComponents';
import AccreditationBodies from '@site/src/components/Learn/AccreditationBodies';
import Fact from '@site/src/components/Learn/Fact';
import Flashcards from '@site/src/components/Learn/Flashcards';
import GapExample from '@site/src/components/Learn/GapExample';
import Glossary from '@site/src/components/Learn/Glossary';
import MiniCompare from '@site/src/components/Learn/MiniCompare';
import Quiz from '@site/src/components/Learn/Quiz';
import StandardName from '@site/src/components/Learn/StandardName';
import StandardsByDesign from '@site/src/components/Learn/StandardsByDesign';
import Term from '@site/src/components/Learn/Term';
import Timeline from '@site/src/components/Learn/Timeline';

export default {
  ...MDXComponents,
  AccreditationBodies,
  Fact,
  Flashcards,
  GapExample,
  Glossary,
  MiniCompare,
  Quiz,
  StandardName,
  StandardsByDesign,
  Term,
  Timeline,
};
