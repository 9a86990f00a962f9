/**
 * Whether a standard's status can still be shown as a bare "current": a status is only as fresh as
 * the newest source that confirms it (the standard's `statusConfirmed`). Every view words a status
 * through `statusText`, so a stale one reads "not confirmed since" wherever it appears.
 */
import type {VocabularyLabels} from './labels';
import type {EditionStatus} from './vocabulary';

/** A current status last confirmed more than this many years ago reads "not confirmed since". */
export const STATUS_STALE_AFTER_YEARS = 3;

export const isStatusStale = (status: EditionStatus, confirmedIn: number, year: number): boolean =>
  status === 'current' && year - confirmedIn > STATUS_STALE_AFTER_YEARS;

/** A standard's status as its views show it. */
export interface StatusView {
  status: EditionStatus;
  /** Current, but last confirmed more than STATUS_STALE_AFTER_YEARS before the build. */
  statusStale: boolean;
  /** The year of the newest source confirming the status. */
  statusConfirmedIn: number;
}

export const statusViewOf = (s: {
  status: EditionStatus;
  statusStale: boolean;
  statusConfirmed: {asOf: number};
}): StatusView => ({status: s.status, statusStale: s.statusStale, statusConfirmedIn: s.statusConfirmed.asOf});

/** The status's words: "Current", or "Not confirmed since 2005" for a stale current one. */
export const statusText = (labels: VocabularyLabels, view: StatusView): string =>
  view.statusStale
    ? labels.statusNotConfirmedSince.replace('{year}', String(view.statusConfirmedIn))
    : labels.statuses[view.status];

/**
 * Whether an edition is shown as unconfirmed: a standard's current edition shares its staleness,
 * since the standard is current only through its current editions.
 */
export const isEditionUnconfirmed = (edition: {status: EditionStatus}, standard: StatusView): boolean =>
  edition.status === 'current' && standard.statusStale;

/** An edition's status in a standard's views. */
export const editionStatusText = (labels: VocabularyLabels, edition: {status: EditionStatus}, standard: StatusView) =>
  isEditionUnconfirmed(edition, standard) ? statusText(labels, standard) : labels.statuses[edition.status];

/** What a chart's legend calls the unconfirmed editions, whose years differ: "not confirmed for over 3 years". */
export const unconfirmedLegendText = (labels: VocabularyLabels): string =>
  labels.statusUnconfirmedLegend.replace('{years}', String(STATUS_STALE_AFTER_YEARS));
