/** /slides: decks to project (src/components/SlidesPage/). */
export {default} from '@site/src/components/SlidesPage';
