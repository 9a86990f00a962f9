import React, {useEffect, useRef, useState} from 'react';

/**
 * Renders its children once their place comes near the viewport, keeping that place (`minHeight`)
 * meanwhile so nothing shifts. Charts below the fold then cost nothing while the page loads.
 */
export default function WhenVisible({
  minHeight,
  children,
}: {
  minHeight: number;
  children: React.ReactNode;
}): React.ReactElement {
  const place = useRef<HTMLDivElement>(null);
  const [visible, setVisible] = useState(false);
  useEffect(() => {
    const element = place.current;
    if (!element || visible) return undefined;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setVisible(true), {
      rootMargin: '200px',
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, [visible]);
  return (
    <div ref={place} style={{minHeight}}>
      {visible && children}
    </div>
  );
}
