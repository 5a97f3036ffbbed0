import type { Columns } from '../common/columns';
import type { OnetGraphBuilder } from './graph-builder';
import type { OccupationIndex } from './occupations';
import type { ProblemLog } from '../common/problem-log';
import type { TsvFile } from '../common/tsv';
import type { Provenance } from '../../model/provenance';

/** What every mapper shares while one folder is imported. */
export interface ImportContext {
  release: string;
  /** The `source` property of every O*NET edge, e.g. "O*NET 27.0". */
  source: string;
  sourceId: string;
  /** The provenance keys of one facet's facts (src/model/provenance.ts). */
  prov: (facet: OnetFacet) => Provenance;
  graph: OnetGraphBuilder;
  log: ProblemLog;
  occupations: OccupationIndex;
  reference: Reference;
  warnings: string[];
}

/** The kinds of fact an O*NET import holds, one per data file: what a newer release replaces. */
export type OnetFacet =
  | 'occupation'
  | 'alternate-title'
  | 'job-zone'
  | 'education'
  | 'related-occupation'
  | 'technology'
  | 'skill'
  | 'knowledge'
  | 'task'
  | 'work-style'
  | 'interest'
  | 'emerging-task'
  | 'source'
  // derived from the files above (src/ingest/onet/derived)
  | 'similarity'
  | 'skill-estimate';

/** Lookups the reference files provide to the data files. */
export interface Reference {
  /** Content Model element id → description (Skills and Knowledge descriptions). */
  elementDescriptions: Map<string, string>;
  /** RL category number → EducationLevel node id; undefined when the Categories file is absent. */
  educationLevels?: Map<number, string>;
  /** Zones defined by Job Zone Reference; undefined when that file is absent. */
  jobZones?: Set<number>;
  /** `RW 6` → ExperienceLevel id, `PT 3` / `OJ 3` → TrainingLevel id (ETE Categories). */
  preparationLevels?: Map<string, string>;
}

/** A mapper reads one bound file into the context. */
export type Mapper = (file: TsvFile, cols: Columns, ctx: ImportContext) => void;
