import React from 'react';

/** Builds the file only when clicked, then hands it to the browser as a download. */
export default function DownloadButton({
  filename,
  type,
  build,
  children,
}: {
  filename: string;
  type: string;
  build: () => string;
  children: React.ReactNode;
}): React.ReactElement {
  const download = () => {
    const url = URL.createObjectURL(new Blob([build()], {type}));
    const link = document.createElement('a');
    link.href = url;
    link.download = filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  };
  return (
    <button type="button" className="button button--sm button--outline button--primary" onClick={download}>
      {children}
    </button>
  );
}

/** Excel opens UTF-8 CSV as UTF-8 only with a byte-order mark: without it, Chinese turns to noise. */
export const UTF8_BOM = '\uFEFF';
