/**
 * Audit days from a rule's table: the initial audit (stage 1 + stage 2) for the band holding the
 * effective personnel, in the scheme's column; above the last band, the rule's progression where
 * it gives one, else the last band's days (and the estimate says the rule asks for more).
 * Surveillance and recertification are the rule's shares of the initial audit, rounded up to the
 * half day, as certification bodies plan audits in half days.
 */
import type {AuditTimeRule} from './schema';

export interface AuditDays {
  initial: number;
  /** Null where the rule states no share for the audit. */
  surveillance: number | null;
  recertification: number | null;
  /** The band used: its lower and upper edges of effective personnel (upper absent above the table). */
  band: {minStaff: number; maxStaff?: number};
  /** True when the personnel is above the table and the rule gives no numeric progression. */
  beyondTable: boolean;
}

const upToHalfDay = (n: number): number => Math.ceil(n * 2 - 1e-9) / 2;

export function columnIndex(rule: AuditTimeRule, column: string): number {
  const i = rule.columns.indexOf(column);
  if (i < 0) throw new Error(`${rule.id}: no column "${column}"; expected one of ${rule.columns.join(', ')}`);
  return i;
}

export function auditDays(rule: AuditTimeRule, column: string, staff: number): AuditDays {
  const col = columnIndex(rule, column);
  const index = rule.bands.findIndex((b) => staff <= b.maxStaff);
  const shares = (initial: number) => ({
    surveillance: rule.surveillanceShare === undefined ? null : upToHalfDay(initial * rule.surveillanceShare),
    recertification: rule.recertificationShare === undefined ? null : upToHalfDay(initial * rule.recertificationShare),
  });
  if (index >= 0) {
    const initial = rule.bands[index].days[col];
    return {
      initial,
      ...shares(initial),
      band: {minStaff: index === 0 ? 1 : rule.bands[index - 1].maxStaff + 1, maxStaff: rule.bands[index].maxStaff},
      beyondTable: false,
    };
  }
  const last = rule.bands.at(-1)!;
  let initial = last.days[col];
  if (rule.progression) {
    initial += Math.ceil((staff - last.maxStaff) / rule.progression.perStaff) * rule.progression.addDays;
  }
  return {
    initial,
    ...shares(initial),
    band: {minStaff: last.maxStaff + 1},
    beyondTable: !rule.progression,
  };
}

/** Sites an auditor visits at each audit under a square-root sampling rule (all of them when fewer). */
export function sampledSites(
  rule: {initialFactor: number; surveillanceFactor: number; recertificationFactor: number},
  sites: number,
): {initial: number; surveillance: number; recertification: number} {
  const visit = (factor: number) => Math.min(sites, Math.max(1, Math.ceil(factor * Math.sqrt(sites) - 1e-9)));
  return {
    initial: visit(rule.initialFactor),
    surveillance: visit(rule.surveillanceFactor),
    recertification: visit(rule.recertificationFactor),
  };
}
