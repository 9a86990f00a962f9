/**
 * Whether the browser is online, as a store React can read (useSyncExternalStore), and which of
 * the site's views and files the service worker has saved for offline use.
 */
export const subscribeOnline = (listener: () => void): (() => void) => {
  window.addEventListener('online', listener);
  window.addEventListener('offline', listener);
  return () => {
    window.removeEventListener('online', listener);
    window.removeEventListener('offline', listener);
  };
};

export const isOnline = (): boolean => navigator.onLine;

/**
 * The addresses of `wanted` that no cache of this origin holds (query strings aside), a folder's
 * address looked up as its index.html too, as the service worker serves it.
 */
export async function notSaved(wanted: readonly string[]): Promise<string[]> {
  if (typeof caches === 'undefined') return [...wanted];
  const saved = async (url: string) => {
    const href = new URL(url, window.location.href).href;
    for (const candidate of href.endsWith('/') ? [href, `${href}index.html`] : [href])
      if (await caches.match(candidate, {ignoreSearch: true})) return true;
    return false;
  };
  const held = await Promise.all(wanted.map(saved));
  return wanted.filter((_, i) => !held[i]);
}
