import type { NemOccupation } from './crosswalk';
import type { OccupationRef } from './options';

/** A published row an occupation's facts are read from. */
export interface Match<T> {
  row: T;
  /** Reached by the occupation's own SOC code, or through the crosswalk's NEM code. */
  via: 'direct' | 'crosswalk';
  /** The row is not the occupation's own SOC code but a group it is published in (29-2010 for 29-2011). */
  aggregated: boolean;
}

/**
 * Finds the row BLS publishes an O*NET-SOC occupation under: its own SOC code (the first 7
 * characters) when published, else the NEM code the crosswalk gives. Military occupations
 * (55-) are in neither.
 */
export function matchPublished<T>(onetCode: string, published: ReadonlyMap<string, T>, crosswalk: ReadonlyMap<string, NemOccupation>): Match<T> | undefined {
  const soc = onetCode.slice(0, 7);
  const own = published.get(soc);
  if (own) return { row: own, via: 'direct', aggregated: false };
  const nem = crosswalk.get(onetCode)?.code;
  const grouped = nem === undefined ? undefined : published.get(nem);
  return grouped ? { row: grouped, via: 'crosswalk', aggregated: nem !== soc } : undefined;
}

/** How the occupations of an import found their rows, for the report. */
export class MatchTally {
  direct = 0;
  crosswalk = 0;
  readonly unmatched: string[] = [];

  count(occupation: OccupationRef, match: Match<unknown> | undefined): void {
    if (!match) this.unmatched.push(occupation.onetCode);
    else if (match.via === 'direct') this.direct += 1;
    else this.crosswalk += 1;
  }

  /** "962 directly, 34 through the crosswalk, 20 not at all (19 military 55-; others: 45-3031.00)". */
  note(what: string): string {
    const military = this.unmatched.filter((c) => c.startsWith('55-')).length;
    const others = this.unmatched.filter((c) => !c.startsWith('55-'));
    const total = this.direct + this.crosswalk + this.unmatched.length;
    return (
      `${what}: ${this.direct + this.crosswalk} of ${total} occupations matched, ${this.direct} by their own SOC code, ` +
      `${this.crosswalk} through the crosswalk's NEM code; ${this.unmatched.length} not at all ` +
      `(${military} military 55-${others.length > 0 ? `; others: ${others.join(', ')}` : ''})`
    );
  }
}
