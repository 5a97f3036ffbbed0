import type { ExpandRequest } from '../../store/graph-store';
import type { Entity } from '../graph/entity';
import type { GraphService } from '../graph/graph.service';
import { RELATIONS, type RelationSpec } from '../graph/relations';
import { DataFacet, type DataCoverage } from './data-coverage.type';

interface FacetSpec {
  relation: RelationSpec;
  where?: ExpandRequest['where'];
  /** Why an occupation has none, given its O*NET release label ("O*NET 29.3"). */
  missing: (onet: string, o: Entity) => string;
}

const NOT_RATED = (what: string) => (onet: string, o: Entity) =>
  String(o.code).endsWith('99') || String(o.onetCode ?? '').endsWith('.99')
    ? `${onet} gives no ${what} for "All Other" occupations, which it does not survey`
    : `${onet} has not rated this occupation's ${what} yet (it rates about 880 of its 1,016 occupations)`;

/** Each facet and the relationship that holds it; the counts travel in one batched read. */
const FACETS: Record<DataFacet, FacetSpec> = {
  [DataFacet.SKILLS]: { relation: RELATIONS.occupationSkills, where: { key: 'kind', values: ['SKILL'] }, missing: NOT_RATED('skills') },
  [DataFacet.KNOWLEDGE]: { relation: RELATIONS.occupationSkills, where: { key: 'kind', values: ['KNOWLEDGE'] }, missing: NOT_RATED('knowledge areas') },
  [DataFacet.TECHNOLOGIES]: { relation: RELATIONS.occupationTechnologies, missing: (onet) => `${onet} lists no technology for this occupation` },
  [DataFacet.TASKS]: { relation: RELATIONS.occupationTasks, missing: (onet) => `${onet} has no task statements for this occupation` },
  [DataFacet.TASK_AUTOMATION]: {
    relation: RELATIONS.occupationTasks,
    where: { key: 'automationLevel', values: ['AUTOMATABLE', 'AI_ASSISTED', 'HUMAN_CORE'] },
    missing: () => 'none of its tasks has an automation level: the AI-exposure study labelled no task of it',
  },
  [DataFacet.EMERGING_TASKS]: { relation: RELATIONS.occupationEmergingTasks, missing: (onet) => `${onet} reports no emerging task for this occupation` },
  [DataFacet.WORK_STYLES]: { relation: RELATIONS.occupationTraits, where: { key: 'kind', values: ['WORK_STYLE'] }, missing: NOT_RATED('work styles') },
  [DataFacet.INTERESTS]: { relation: RELATIONS.occupationInterests, missing: NOT_RATED('interests') },
  [DataFacet.EDUCATION]: { relation: RELATIONS.occupationEducation, missing: NOT_RATED('education levels') },
  [DataFacet.EXPERIENCE]: { relation: RELATIONS.occupationExperience, missing: NOT_RATED('related work experience') },
  [DataFacet.TRAINING]: { relation: RELATIONS.occupationTraining, missing: NOT_RATED('training') },
  [DataFacet.RELATED_OCCUPATIONS]: { relation: RELATIONS.relatedOccupations, missing: (onet) => `${onet} lists no related occupation for it` },
  [DataFacet.WAGES]: {
    relation: RELATIONS.occupationWages,
    missing: () => 'BLS OEWS publishes no wages for it, nor for a group holding it (military occupations, for one)',
  },
  [DataFacet.OUTLOOK]: {
    relation: RELATIONS.occupationOutlooks,
    missing: () => 'BLS Employment Projections publish no projection for it, nor for a group holding it',
  },
  [DataFacet.AI_EXPOSURE]: { relation: RELATIONS.occupationAiExposure, missing: () => 'the AI-exposure study scored no such occupation' },
};

/** What the graph holds for an occupation, facet by facet, and why a facet is empty. */
export class DataCoverageService {
  constructor(private readonly graph: GraphService) {}

  async coverage(o: Entity): Promise<DataCoverage[]> {
    const onet = typeof o.onetRelease === 'string' ? `O*NET ${o.onetRelease}` : 'O*NET';
    const facets = Object.keys(FACETS) as DataFacet[];
    const counts = await Promise.all(facets.map((f) => this.graph.count(o.id, FACETS[f].relation, FACETS[f].where)));
    return facets.map((facet, i) => ({
      facet,
      count: counts[i],
      available: counts[i] > 0,
      note: counts[i] > 0 ? null : FACETS[facet].missing(onet, o),
    }));
  }
}
