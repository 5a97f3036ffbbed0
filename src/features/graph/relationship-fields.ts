import type { ExpandRequest } from '../../store/graph-store';
import type { PageArgs } from '../common/pagination';
import { RELATIONS, type RelationSpec } from './relations';

/** A relationship field's arguments: a page, and the filters some lists take. */
export type FieldArgs = PageArgs & { automationLevel?: string[]; kind?: string[] };

/**
 * A GraphQL field that walks one relationship: a paged list (a connection, filtered by `where`)
 * or, with `one`, the single neighbour over a relationship that holds at most one.
 */
export interface RelationshipField {
  relation: RelationSpec;
  where?: (args: FieldArgs) => ExpandRequest['where'];
  one?: true;
}

const tasksWhere = (args: FieldArgs) => (args.automationLevel ? { key: 'automationLevel', values: args.automationLevel } : undefined);
const kindWhere = (args: FieldArgs) => (args.kind ? { key: 'kind', values: args.kind } : undefined);
const list = (relation: RelationSpec, where?: RelationshipField['where']): RelationshipField => (where ? { relation, where } : { relation });
const one = (relation: RelationSpec): RelationshipField => ({ relation, one: true });

/**
 * Every relationship field of every node type, as 'Type.field': the field resolvers read their
 * relationship here, and the read planner (read-plan.ts) reads the same table to fetch a whole
 * nested selection in one store call. A field not listed (computed ones) is resolved on its own.
 */
export const RELATIONSHIP_FIELDS = {
  'Occupation.tasks': list(RELATIONS.occupationTasks, tasksWhere),
  'Occupation.skills': list(RELATIONS.occupationSkills, kindWhere),
  'Occupation.certifications': list(RELATIONS.occupationCertifications),
  'Occupation.educationSteps': list(RELATIONS.occupationEducationSteps),
  'Occupation.salaryBands': list(RELATIONS.occupationSalaryBands),
  'Occupation.visas': list(RELATIONS.occupationVisas),
  'Occupation.growthAreas': list(RELATIONS.occupationGrowthAreas),
  'Occupation.outlooks': list(RELATIONS.occupationOutlooks),
  'Occupation.careerRoles': list(RELATIONS.occupationRoles),
  'Occupation.upskillingPaths': list(RELATIONS.occupationUpskillingPaths),
  'Occupation.traits': list(RELATIONS.occupationTraits),
  'Occupation.sources': list(RELATIONS.occupationSources),
  'Occupation.relatedOccupations': list(RELATIONS.relatedOccupations),
  'Occupation.technologies': list(RELATIONS.occupationTechnologies),
  'Occupation.educationLevels': list(RELATIONS.occupationEducation),
  'Occupation.specialisations': list(RELATIONS.occupationSpecialisations),
  'Occupation.interests': list(RELATIONS.occupationInterests),
  'Occupation.experienceLevels': list(RELATIONS.occupationExperience),
  'Occupation.trainingLevels': list(RELATIONS.occupationTraining, kindWhere),
  'Occupation.emergingTasks': list(RELATIONS.occupationEmergingTasks),
  'Occupation.estimatedSkills': list(RELATIONS.occupationEstimatedSkills),
  'Occupation.jobZoneDetail': one(RELATIONS.occupationJobZone),
  'Occupation.specialises': one(RELATIONS.occupationSpecialises),
  'Occupation.wage': one(RELATIONS.occupationWages),
  'Occupation.aiExposure': one(RELATIONS.occupationAiExposure),
  'Task.aiApplications': list(RELATIONS.taskAiApplications),
  'Task.skills': list(RELATIONS.taskSkills),
  'Task.occupation': one(RELATIONS.taskOccupation),
  'Task.revises': one(RELATIONS.taskRevises),
  'AIApplication.automates': list(RELATIONS.aiApplicationTasks),
  'Skill.partOf': list(RELATIONS.skillPartOf),
  'Skill.parts': list(RELATIONS.skillParts),
  'Skill.leadsTo': list(RELATIONS.skillLeadsTo),
  'Skill.occupations': list(RELATIONS.skillOccupations),
  'Skill.requiredByRoles': list(RELATIONS.skillRoles),
  'Skill.tasks': list(RELATIONS.skillTasks),
  'Certification.issuer': one(RELATIONS.certificationIssuer),
  'Certification.occupations': list(RELATIONS.certificationOccupations),
  'Issuer.certifications': list(RELATIONS.issuerCertifications),
  'LaborCertification.issuer': one(RELATIONS.laborCertificationIssuer),
  'EducationStep.awards': one(RELATIONS.educationStepAwards),
  'EducationStep.preparesFor': one(RELATIONS.educationStepPreparesFor),
  'SalaryBand.roles': list(RELATIONS.salaryBandRoles),
  'SalaryBand.sources': list(RELATIONS.factSources),
  'Visa.requirements': list(RELATIONS.visaRequirements),
  'Visa.sources': list(RELATIONS.factSources),
  'Outlook.sources': list(RELATIONS.factSources),
  'GrowthArea.occupations': list(RELATIONS.growthAreaOccupations),
  'Trait.workStyles': list(RELATIONS.traitMapsTo),
  'Trait.curatedTraits': list(RELATIONS.traitMappedFrom),
  'WageStatistic.sources': list(RELATIONS.factSources),
  'CareerRole.advancesTo': list(RELATIONS.roleAdvancesTo),
  'CareerRole.advancesFrom': list(RELATIONS.roleAdvancesFrom),
  'CareerRole.requiredSkills': list(RELATIONS.roleSkills),
  'CareerRole.requiredCertifications': list(RELATIONS.roleCertifications),
  'CareerRole.salaryBands': list(RELATIONS.roleSalaryBands),
  'CareerRole.occupations': list(RELATIONS.roleOccupations),
  'UpskillingPath.startsFrom': one(RELATIONS.pathStartsFrom),
  'UpskillingPath.teaches': list(RELATIONS.pathTeaches),
  'UpskillingPath.passesThrough': list(RELATIONS.pathPassesThrough),
  'UpskillingPath.targets': list(RELATIONS.pathTargets),
} satisfies Record<string, RelationshipField>;

export type RelationshipFieldName = keyof typeof RELATIONSHIP_FIELDS;

export function relationshipField(name: string): RelationshipField | undefined {
  return (RELATIONSHIP_FIELDS as Record<string, RelationshipField>)[name];
}
