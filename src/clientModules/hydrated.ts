/**
 * Marks the document once React has hydrated it and after every client-side navigation, so that
 * browser tests (and anything else) can wait for an interactive page rather than for a delay.
 */
export function onRouteDidUpdate(): void {
  document.documentElement.dataset.hydrated = 'true';
}
