import { nodeId, occupationKey } from '../../model/ids';
import { RowError } from '../common/problems';
import { onetCode } from './values';

/** Everything gathered about one O*NET-SOC occupation before its node is written. */
export interface OccupationRecord {
  onetCode: string;
  /** The code in the node id: the SOC code for `.00`, the O*NET-SOC code otherwise. */
  code: string;
  id: string;
  title: string;
  description?: string;
  alternateTitles: string[];
  shortTitles: string[];
  jobZone?: number;
  professionalCertificationImportance?: number;
  apprenticeshipImportance?: number;
  /** High-point RIASEC interests, e.g. "IRC" (Interests). */
  interestCode?: string;
}

/**
 * `dd-dddd.00` is O*NET's rendering of the SOC occupation itself, so it becomes the SOC node
 * (merging with the seed's `occupation:29-2011`); other suffixes are O*NET specialisations
 * and keep their own node.
 */
export const occupationCode = occupationKey;

/** The occupations of this import: only these may be linked, so no edge dangles. */
export class OccupationIndex {
  private readonly byCode = new Map<string, OccupationRecord>();

  /** `origin` names where occupations come from, for messages ("Occupation Data.txt"). */
  constructor(readonly origin: string) {}

  add(onet: string, title: string, description?: string): OccupationRecord {
    if (this.byCode.has(onet)) throw new RowError('duplicate', `O*NET-SOC Code ${onet} is listed twice`);
    const code = occupationCode(onet);
    const record: OccupationRecord = {
      onetCode: onet,
      code,
      id: nodeId.occupation(code),
      title,
      description,
      alternateTitles: [],
      shortTitles: [],
    };
    this.byCode.set(onet, record);
    return record;
  }

  has(onet: string): boolean {
    return this.byCode.has(onet);
  }

  get size(): number {
    return this.byCode.size;
  }

  /** Checks the code's shape, then that the occupation is part of this import. */
  require(column: string, value: string): OccupationRecord {
    const record = this.byCode.get(onetCode(column, value));
    if (!record) throw new RowError('unknown-occupation', `${column} ${value} is not an occupation of this import (not in ${this.origin})`);
    return record;
  }

  all(): OccupationRecord[] {
    return [...this.byCode.values()];
  }
}
