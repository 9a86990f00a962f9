/**
 * What the learner's browser keeps (answers, the flashcards' schedule) in localStorage, never sent
 * anywhere: read as a store React can subscribe to (useSyncExternalStore). A write here, or in
 * another tab (the `storage` event), tells every reader of it on the page. Where storage is refused
 * (private browsing, full), what is written lives for the visit only.
 */
const listeners = new Set<() => void>();
const visitOnly = new Map<string, string>();

export function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}

export function readStored(key: string): string | null {
  try {
    return window.localStorage.getItem(key) ?? visitOnly.get(key) ?? null;
  } catch {
    return visitOnly.get(key) ?? null;
  }
}

export function writeStored(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    visitOnly.set(key, value);
  }
  listeners.forEach((listener) => listener());
}

/** What was stored, as an object: nothing stored, text that is not JSON, or not an object, is an empty one. */
export function storedObject(stored: string | null): Record<string, unknown> {
  if (!stored) return {};
  try {
    const parsed: unknown = JSON.parse(stored);
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
