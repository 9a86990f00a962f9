import {useLocation} from '@docusaurus/router';
import {useSyncExternalStore} from 'react';

// The router re-renders the page when the address changes: there is nothing else to subscribe to.
const subscribeToNothing = () => () => undefined;

/**
 * The address's query string, as a page whose state lives in the URL reads it: '' while the page
 * hydrates (its static HTML knows no query string, so it hydrates its default view), the real one
 * after. Unlike `useIsBrowser() ? location.search : ''`, a page without a query string is not
 * rendered a second time once hydrated: that render of the whole page, for no change, was the
 * longest task of /compare's start-up (issue 17).
 */
export function useQueryString(): string {
  const {search} = useLocation();
  return useSyncExternalStore(
    subscribeToNothing,
    () => search,
    () => '',
  );
}
