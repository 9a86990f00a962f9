/**
 * A doc's content (Docusaurus' DocItem/Content, wrapped): a lesson of the learning path opens with
 * a link to present it as slides (src/components/SlidesPage/).
 */
import {useDoc} from '@docusaurus/plugin-content-docs/client';
import PresentLink from '@site/src/components/PresentLink';
import {LESSONS} from '@site/src/core/teaching/types';
import Content from '@theme-original/DocItem/Content';
import type ContentType from '@theme/DocItem/Content';
import type {WrapperProps} from '@docusaurus/types';
import React from 'react';

type Props = WrapperProps<typeof ContentType>;

export default function ContentWrapper(props: Props): React.ReactElement {
  const {metadata} = useDoc();
  const lesson = (LESSONS as readonly string[]).includes(metadata.id) && metadata.permalink.includes('/learn/');
  return (
    <>
      {lesson && <PresentLink deck={`lesson=${metadata.id}`} />}
      <Content {...props} />
    </>
  );
}
