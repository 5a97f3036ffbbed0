import type { NodeLabel, RelType } from '../../model/graph';
import type { Direction } from '../../store/graph-store';

export interface RelationSpec {
  rel: RelType;
  direction: Direction;
  labels?: readonly NodeLabel[];
}

const out = (rel: RelType, ...labels: NodeLabel[]): RelationSpec => ({ rel, direction: 'OUT', labels });
const into = (rel: RelType, ...labels: NodeLabel[]): RelationSpec => ({ rel, direction: 'IN', labels });

/** Every relationship the API walks, named by the field that walks it. */
export const RELATIONS = {
  occupationTasks: out('HAS_TASK'),
  occupationSkills: out('REQUIRES_SKILL'),
  occupationCertifications: out('REQUIRES_CERTIFICATION'),
  occupationEducationSteps: out('HAS_EDUCATION_STEP'),
  occupationSalaryBands: out('HAS_SALARY_BAND'),
  occupationVisas: out('ELIGIBLE_FOR'),
  occupationGrowthAreas: into('DRIVES_DEMAND_FOR'),
  occupationOutlooks: out('HAS_OUTLOOK'),
  occupationRoles: out('HAS_ROLE'),
  occupationUpskillingPaths: out('HAS_UPSKILLING_PATH'),
  occupationTraits: out('SUITS'),
  occupationSources: out('CITES'),
  taskOccupation: into('HAS_TASK'),
  taskAiApplications: into('AUTOMATES'),
  taskSkills: out('USES_SKILL'),
  aiApplicationTasks: out('AUTOMATES'),
  skillPartOf: out('PART_OF'),
  skillParts: into('PART_OF'),
  skillLeadsTo: out('LEADS_TO'),
  roleSkillsLeadingTo: into('LEADS_TO', 'Skill'),
  skillOccupations: into('REQUIRES_SKILL', 'Occupation'),
  skillRoles: into('REQUIRES_SKILL', 'CareerRole'),
  skillTasks: into('USES_SKILL'),
  certificationIssuer: out('ISSUED_BY'),
  certificationOccupations: into('REQUIRES_CERTIFICATION', 'Occupation'),
  issuerCertifications: into('ISSUED_BY'),
  educationStepAwards: out('AWARDS'),
  educationStepPreparesFor: out('PREPARES_FOR'),
  salaryBandRoles: out('PAYS_ROLE'),
  factSources: out('SOURCED_FROM'),
  visaRequirements: out('REQUIRES'),
  laborCertificationIssuer: out('ISSUED_BY'),
  growthAreaOccupations: out('DRIVES_DEMAND_FOR'),
  roleAdvancesTo: out('ADVANCES_TO'),
  roleAdvancesFrom: into('ADVANCES_TO'),
  roleSkills: out('REQUIRES_SKILL'),
  roleCertifications: out('REQUIRES_CERTIFICATION'),
  roleSalaryBands: into('PAYS_ROLE'),
  roleOccupations: into('HAS_ROLE'),
  pathStartsFrom: out('STARTS_FROM'),
  pathTeaches: out('TEACHES'),
  pathPassesThrough: out('PASSES_THROUGH'),
  pathTargets: out('TARGETS'),
  relatedOccupations: out('RELATED_TO'),
  occupationEducation: out('REQUIRES_EDUCATION'),
  occupationJobZone: out('IN_JOB_ZONE'),
  occupationTechnologies: out('USES_TECHNOLOGY'),
  occupationSpecialises: out('SPECIALISES'),
  occupationSpecialisations: into('SPECIALISES'),
  roleMapsTo: out('MAPS_TO'),
  traitMapsTo: out('MAPS_TO'),
  traitMappedFrom: into('MAPS_TO', 'Trait'),
  occupationInterests: out('HAS_INTEREST'),
  occupationExperience: out('REQUIRES_EXPERIENCE'),
  occupationTraining: out('REQUIRES_TRAINING'),
  occupationEmergingTasks: out('HAS_EMERGING_TASK'),
  occupationWages: out('HAS_WAGE'),
  occupationAiExposure: out('HAS_AI_EXPOSURE'),
  taskRevises: out('REVISES'),
  occupationSimilar: out('SIMILAR_TO'),
  occupationEstimatedSkills: out('ESTIMATED_SKILL'),
} satisfies Record<string, RelationSpec>;
