/**
 * When a query finds nothing: the field's words nearest to it (SearchEngine.suggest, from
 * standards-data/search-terms.yaml), in the reader's locale, each a button that searches for it.
 */
import Translate from '@docusaurus/Translate';
import React, {useId} from 'react';
import styles from './styles.module.css';

export default function Suggestions({
  words,
  onPick,
}: {
  words: readonly string[];
  onPick: (word: string) => void;
}): React.ReactElement | null {
  const id = useId();
  if (words.length === 0) return null;
  return (
    <div className={styles.suggestions}>
      <p id={id}>
        <Translate id="search.suggest.label">Try the field's nearest words:</Translate>
      </p>
      <ul aria-labelledby={id}>
        {words.map((word) => (
          <li key={word}>
            <button type="button" onClick={() => onPick(word)}>
              {word}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
