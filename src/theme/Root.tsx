/**
 * Every page's root (Docusaurus' Root, wrapped): the page, then the notice shown when the browser
 * is offline (src/components/OfflineNotice/).
 */
import OfflineNotice from '@site/src/components/OfflineNotice';
import React from 'react';

export default function Root({children}: {children: React.ReactNode}): React.ReactElement {
  return (
    <>
      {children}
      <OfflineNotice />
    </>
  );
}
