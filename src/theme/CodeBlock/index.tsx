/**
 * A code block, unhighlighted: the atlas shows no code to speak of, and the theme's highlighter
 * (Prism) costs every page its start-up time (plugins/no-code-highlighting). Kept so that a code
 * block written into a lesson or a standard's prose still reads as one.
 */
import type {Props} from '@theme/CodeBlock';
import React from 'react';

export default function CodeBlock({children, className, title}: Props): React.ReactElement {
  return (
    <figure className="code-block">
      {title && <figcaption>{title}</figcaption>}
      <pre className={className} tabIndex={0}>
        <code>{children}</code>
      </pre>
    </figure>
  );
}
