/**
 * Where the build writes the exports of a clause catalogue and of a crosswalk, under the site's
 * `/api/` (plugins/standards-compiler/exports/): the same paths for the pages that link to them.
 */

/** A catalogue's or crosswalk side's file name: `iso-9001:2015` -> `iso-9001_2015`. */
export const fileStem = (ref: string): string => ref.replace(':', '_');
export const crosswalkStem = (from: string, to: string): string => `${fileStem(from)}--${fileStem(to)}`;

export const catalogueExports = (ref: string) => ({
  oscal: `/api/oscal/catalogs/${fileStem(ref)}.json`,
  cisoAssistant: `/api/ciso-assistant/${fileStem(ref)}.yaml`,
});

export const crosswalkExports = (from: string, to: string) => ({
  oscal: `/api/oscal/mappings/${crosswalkStem(from, to)}.json`,
  cisoAssistant: `/api/ciso-assistant/mapping-${crosswalkStem(from, to)}.yaml`,
  csv: `/api/crosswalks/${crosswalkStem(from, to)}.csv`,
});
