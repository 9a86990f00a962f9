/** Clause catalogues: naming units, walking their trees, finding leaves. */
import type {Catalogue, Unit} from './schema';

/** `<standard>:<key>`, the name of a catalogue. */
export const catalogueRef = (catalogue: Pick<Catalogue, 'standard' | 'key'>): string =>
  `${catalogue.standard}:${catalogue.key}`;

/** `<standard>:<key>/<unit>`, the stable id of a unit, e.g. `iso-9001:2015/9.1`. */
export const unitRef = (catalogue: Pick<Catalogue, 'standard' | 'key'>, unitId: string): string =>
  `${catalogueRef(catalogue)}/${unitId}`;

export interface WalkedUnit {
  unit: Unit;
  /** Field path inside the catalogue file, for messages: `['units', 2, 'units', 0]`. */
  path: (string | number)[];
  /** Ids of the enclosing units, outermost first. */
  ancestors: string[];
  /** The unit's themes: its own, else its nearest ancestor's (a top-level unit always has its own). */
  themes: string[];
}

/** Every unit of a catalogue, depth first, parents before children. */
export function* walkUnits(
  units: readonly Unit[],
  path: (string | number)[] = ['units'],
  ancestors: string[] = [],
  inherited: string[] = [],
): Generator<WalkedUnit> {
  for (const [i, unit] of units.entries()) {
    const themes = unit.themes ?? inherited;
    yield {unit, path: [...path, i], ancestors, themes};
    if (unit.units) yield* walkUnits(unit.units, [...path, i, 'units'], [...ancestors, unit.id], themes);
  }
}

/** Units without children: what coverage counts. */
export const leafUnits = (catalogue: Catalogue): WalkedUnit[] =>
  [...walkUnits(catalogue.units)].filter(({unit}) => !unit.units?.length);

/**
 * The id a reader sees beside a unit's title: numbers and codes (`8.5`, `A.5`, `PPQA`, `HDI-CSR`) as
 * the standard writes them; none for a slug of our own (`positioning`, `l2-staffing`), which is an
 * English word in every locale and says nothing the title does not.
 */
export const shownUnitId = (unitId: string): string | undefined => (/[a-z]/.test(unitId) ? undefined : unitId);
