/**
 * Names the exports share: stable UUIDs (the same name gives the same UUID in every build, so a
 * tool that loads a new export sees the same objects), OSCAL control ids, and the file name of a
 * catalogue or crosswalk.
 */
import {createHash} from 'node:crypto';

/** A name-based UUID (version 5 layout, SHA-1 of our namespace and the name). */
export function stableUuid(name: string): string {
  const hash = createHash('sha1').update(`standards-atlas:${name}`).digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** An OSCAL control id (a token: it starts with a letter) for a unit id such as "8.5" or "A.5.1". */
export const oscalControlId = (unitId: string): string => `u-${unitId}`;
/** The unit id an OSCAL control id stands for. */
export const unitIdOfControl = (controlId: string): string => controlId.replace(/^u-/, '');

export {crosswalkStem, fileStem} from '../../../src/core/exportPaths';
