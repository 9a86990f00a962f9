import React, {useEffect, useRef} from 'react';
import 'reveal.js/reveal.css';
import styles from './styles.module.css';

/**
 * A reveal.js deck of `<section>` slides, keyboard-driven (arrows, space, Esc for the overview),
 * filling the window; reveal.js's layout only, styled by the site (no theme's web fonts).
 */
export default function Deck({
  children,
  label,
  outline = false,
}: {
  children: React.ReactNode;
  label: string;
  /** Printed as an outline (each slide's heading and opening): a long deck's one-page handout. */
  outline?: boolean;
}): React.ReactElement {
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let deck: {destroy: () => void} | undefined;
    let cancelled = false;
    void import('reveal.js').then(({default: Reveal}) => {
      if (cancelled || !root.current) return;
      const instance = new Reveal(root.current, {
        hash: false,
        history: false,
        controls: true,
        progress: true,
        slideNumber: 'c/t',
        transition: 'none',
        center: false,
        width: 1280,
        height: 720,
      });
      deck = instance;
      void instance.initialize().then(() => root.current?.setAttribute('data-ready', 'true'));
    });
    return () => {
      cancelled = true;
      deck?.destroy();
    };
  }, []);
  return (
    <div
      className={`reveal ${styles.deck}${outline ? ` ${styles.outline}` : ''}`}
      ref={root}
      aria-label={label}
      role="region"
    >
      <div className="slides">{children}</div>
    </div>
  );
}
