import type { ClassType } from 'type-graphql';
import type { ExpandRequest } from '../../store/graph-store';
import { connectionOf } from '../common/connection-of';
import { PageArgs } from '../common/pagination';
import { SkillFilterArgs } from '../occupation/skill-filter.args';
import { TaskFilterArgs } from '../occupation/task-filter.args';
import { TrainingFilterArgs } from '../occupation/training-filter.args';
import { AIApplicationEdgeFields } from '../profile/ai-application-edge.type';
import { AIApplication } from '../profile/ai-application.type';
import { AIExposureScore } from '../profile/ai-exposure.type';
import { AutomatedTaskEdgeFields } from '../profile/automated-task-edge.type';
import { CareerRoleEdgeFields } from '../profile/career-role-edge.type';
import { CareerRole } from '../profile/career-role.type';
import { CertificationEdgeFields } from '../profile/certification-edge.type';
import { Certification } from '../profile/certification.type';
import { DataSource } from '../profile/data-source.type';
import { EducationLevelEdgeFields } from '../profile/education-level-edge.type';
import { EducationStep } from '../profile/education-step.type';
import { EducationLevel } from '../profile/education.type';
import { ExperienceLevelEdgeFields } from '../profile/experience-level-edge.type';
import { ExperienceLevel } from '../profile/experience-level.type';
import { GrowthArea } from '../profile/growth-area.type';
import { InterestEdgeFields } from '../profile/interest-edge.type';
import { Interest } from '../profile/interest.type';
import { Issuer } from '../profile/issuer.type';
import { JobZone } from '../profile/job-zone.type';
import { OccupationEdgeFields } from '../profile/occupation-edge.type';
import { Occupation } from '../profile/occupation.type';
import { Outlook } from '../profile/outlook.type';
import { SalaryBand } from '../profile/salary-band.type';
import { SkillEdgeFields } from '../profile/skill-edge.type';
import { Skill } from '../profile/skill.type';
import { Task } from '../profile/task.type';
import { TrainingLevelEdgeFields } from '../profile/training-level-edge.type';
import { TrainingLevel } from '../profile/training-level.type';
import { TraitEdgeFields } from '../profile/trait-edge.type';
import { Trait } from '../profile/trait.type';
import { UpskillingPath } from '../profile/upskilling-path.type';
import { VisaRequirementEdgeFields } from '../profile/visa-requirement-edge.type';
import { Visa, VisaRequirementTarget } from '../profile/visa.type';
import { WageStatistic } from '../profile/wage.type';
import { RELATIONS, type RelationSpec } from './relations';

/** A relationship field's arguments: a page, and the filters some lists take. */
export type FieldArgs = PageArgs & { automationLevel?: string[]; kind?: string[] };

/**
 * A GraphQL field that walks one relationship: a paged list (a connection, filtered by `where`)
 * or, with `one`, the single neighbour over a relationship that holds at most one (null when
 * there is none). Its resolver is made from this (relationship-resolvers.ts).
 */
export interface RelationshipField {
  relation: RelationSpec;
  /** What the field returns: the connection of a list, or the node type of `one`. */
  type: () => ClassType | object;
  description?: string;
  /** A list's arguments: PageArgs, or a filter's subclass of it whose values `where` reads. */
  args?: ClassType<PageArgs>;
  where?: (args: FieldArgs) => ExpandRequest['where'];
  one?: true;
}

/** A list's filter: the arguments the schema declares for it, and the store filter made from them. */
interface Filter {
  args: ClassType<PageArgs>;
  where: (args: FieldArgs) => ExpandRequest['where'];
}

const kindWhere = (args: FieldArgs) => (args.kind ? { key: 'kind', values: args.kind } : undefined);
const byAutomationLevel: Filter = {
  args: TaskFilterArgs,
  where: (args) => (args.automationLevel ? { key: 'automationLevel', values: args.automationLevel } : undefined),
};
const bySkillKind: Filter = { args: SkillFilterArgs, where: kindWhere };
const byTrainingKind: Filter = { args: TrainingFilterArgs, where: kindWhere };

function list(relation: RelationSpec, type: () => ClassType, description?: string, filter?: Filter): RelationshipField {
  return { relation, type, description, args: filter?.args ?? PageArgs, where: filter?.where };
}

function one(relation: RelationSpec, type: () => ClassType, description?: string): RelationshipField {
  return { relation, type, description, one: true };
}

// The connections several fields return. connectionOf gives the same class for the same node
// and edge fields, so each connection type is declared once however many fields return it.
const occupations = () => connectionOf(Occupation, OccupationEdgeFields);
const skills = () => connectionOf(Skill, SkillEdgeFields);
const tasks = () => connectionOf(Task);
const roles = () => connectionOf(CareerRole, CareerRoleEdgeFields);
const certifications = () => connectionOf(Certification, CertificationEdgeFields);
const salaryBands = () => connectionOf(SalaryBand);
const sources = () => connectionOf(DataSource);
const traits = () => connectionOf(Trait, TraitEdgeFields);
// Connections whose types are named for the relationship, not the node (or whose node is a union).
const aiApplications = () =>
  connectionOf(AIApplication, AIApplicationEdgeFields, {
    description: 'An AI application behind a task, with how much of it it replaces.',
  });
const automatedTasks = () => connectionOf(Task, AutomatedTaskEdgeFields, { name: 'AutomatedTask', description: 'A task an AI application replaces part of.' });
const visaRequirements = () =>
  connectionOf(VisaRequirementTarget, VisaRequirementEdgeFields, {
    name: 'VisaRequirement',
    description: 'One requirement of a visa. Requirements sharing a `group` are alternatives; every group must be met.',
  });

/**
 * Every relationship field of every node type, as 'Type.field': its resolvers are made from
 * this table (relationship-resolvers.ts), and the read planner (read-plan.ts) reads the same
 * table to fetch a whole nested selection in one store call. A field not listed (computed ones)
 * has a hand-written resolver. Within a type, fields are declared in this order.
 */
export const RELATIONSHIP_FIELDS = {
  'Occupation.tasks': list(RELATIONS.occupationTasks, tasks, undefined, byAutomationLevel),
  'Occupation.skills': list(
    RELATIONS.occupationSkills,
    skills,
    "Skills and knowledge it requires: curated ones first, then O*NET's by importance.",
    bySkillKind,
  ),
  'Occupation.certifications': list(RELATIONS.occupationCertifications, certifications),
  'Occupation.educationSteps': list(RELATIONS.occupationEducationSteps, () => connectionOf(EducationStep)),
  'Occupation.salaryBands': list(RELATIONS.occupationSalaryBands, salaryBands),
  'Occupation.visas': list(RELATIONS.occupationVisas, () => connectionOf(Visa)),
  'Occupation.growthAreas': list(RELATIONS.occupationGrowthAreas, () => connectionOf(GrowthArea)),
  'Occupation.outlooks': list(RELATIONS.occupationOutlooks, () => connectionOf(Outlook)),
  'Occupation.careerRoles': list(RELATIONS.occupationRoles, roles, 'Roles in this occupation; `entry` marks where people start.'),
  'Occupation.upskillingPaths': list(RELATIONS.occupationUpskillingPaths, () => connectionOf(UpskillingPath)),
  'Occupation.traits': list(RELATIONS.occupationTraits, traits, 'Traits of the people this occupation suits.'),
  'Occupation.relatedOccupations': list(
    RELATIONS.relatedOccupations,
    occupations,
    'O*NET related occupations, most related first; edges carry tier and weight.',
  ),
  'Occupation.technologies': list(RELATIONS.occupationTechnologies, skills, 'Software and tools used (O*NET technology skills).'),
  'Occupation.educationLevels': list(
    RELATIONS.occupationEducation,
    () => connectionOf(EducationLevel, EducationLevelEdgeFields),
    'Education levels of workers in it (O*NET), by level.',
  ),
  'Occupation.jobZoneDetail': one(RELATIONS.occupationJobZone, () => JobZone),
  'Occupation.specialises': one(RELATIONS.occupationSpecialises, () => Occupation, 'For an O*NET specialty (29-2011.01): its SOC occupation.'),
  'Occupation.specialisations': list(RELATIONS.occupationSpecialisations, occupations, 'O*NET specialties of this occupation.'),
  'Occupation.sources': list(RELATIONS.occupationSources, sources, 'Every source its facts come from, curated and published, with licence and attribution.'),
  'Occupation.interests': list(RELATIONS.occupationInterests, () => connectionOf(Interest, InterestEdgeFields), 'RIASEC interests (O*NET), strongest first.'),
  'Occupation.experienceLevels': list(
    RELATIONS.occupationExperience,
    () => connectionOf(ExperienceLevel, ExperienceLevelEdgeFields),
    'Related work experience its workers report (O*NET), by category.',
  ),
  'Occupation.trainingLevels': list(
    RELATIONS.occupationTraining,
    () => connectionOf(TrainingLevel, TrainingLevelEdgeFields),
    'On-site and on-the-job training its workers report (O*NET), by kind and category.',
    byTrainingKind,
  ),
  'Occupation.emergingTasks': list(RELATIONS.occupationEmergingTasks, tasks, 'Tasks O*NET respondents named as new to it, or as revising its tasks.'),
  'Occupation.estimatedSkills': list(
    RELATIONS.occupationEstimatedSkills,
    skills,
    'For an occupation O*NET has not rated: its skills and knowledge estimated from its 10 most similar rated occupations (`skillsEstimatedFrom`), which recommendations score it on. Empty for a rated one.',
  ),
  'Occupation.wage': one(RELATIONS.occupationWages, () => WageStatistic, 'Published wages (BLS OEWS); the curated `salaryBands` stay beside them.'),
  'Occupation.aiExposure': one(
    RELATIONS.occupationAiExposure,
    () => AIExposureScore,
    "The AI-exposure study's published scores for it; `automationExposure` gives careergraph's own.",
  ),
  'Task.aiApplications': list(RELATIONS.taskAiApplications, aiApplications, 'AI applications that replace part of this task.'),
  'Task.skills': list(RELATIONS.taskSkills, skills, 'Skills the task draws on (curated links).'),
  'Task.occupation': one(RELATIONS.taskOccupation, () => Occupation),
  'Task.revises': one(RELATIONS.taskRevises, () => Task, 'For an emerging task that revises a task statement: that task.'),
  'AIApplication.automates': list(RELATIONS.aiApplicationTasks, automatedTasks, 'Tasks this application replaces part of.'),
  'Skill.partOf': list(RELATIONS.skillPartOf, skills, 'Broader skills this one is part of.'),
  'Skill.parts': list(RELATIONS.skillParts, skills, 'Narrower skills that are part of this one.'),
  'Skill.leadsTo': list(RELATIONS.skillLeadsTo, roles, 'Roles this skill unlocks, through upskilling paths.'),
  'Skill.occupations': list(RELATIONS.skillOccupations, occupations),
  'Skill.requiredByRoles': list(RELATIONS.skillRoles, roles, 'Roles that require this skill.'),
  'Skill.tasks': list(RELATIONS.skillTasks, tasks, 'Tasks that draw on this skill.'),
  'Certification.issuer': one(RELATIONS.certificationIssuer, () => Issuer),
  'Certification.occupations': list(RELATIONS.certificationOccupations, occupations, 'Occupations that ask for it.'),
  'Issuer.certifications': list(RELATIONS.issuerCertifications, certifications, 'Certifications it issues.'),
  'LaborCertification.issuer': one(RELATIONS.laborCertificationIssuer, () => Issuer),
  'EducationStep.awards': one(RELATIONS.educationStepAwards, () => EducationLevel, 'The education level this step awards.'),
  'EducationStep.preparesFor': one(RELATIONS.educationStepPreparesFor, () => Certification, 'The certification this step prepares for.'),
  'SalaryBand.roles': list(RELATIONS.salaryBandRoles, roles, 'Roles paid in this band (curated).'),
  'SalaryBand.sources': list(RELATIONS.factSources, sources),
  'Visa.requirements': list(RELATIONS.visaRequirements, visaRequirements),
  'Visa.sources': list(RELATIONS.factSources, sources),
  'Outlook.sources': list(RELATIONS.factSources, sources),
  'GrowthArea.occupations': list(RELATIONS.growthAreaOccupations, occupations, 'Occupations whose demand it drives.'),
  'Trait.workStyles': list(RELATIONS.traitMapsTo, traits, 'For a curated trait: the O*NET work style it is (curated mapping).'),
  'Trait.curatedTraits': list(RELATIONS.traitMappedFrom, traits, 'For an O*NET work style: the curated traits that name it.'),
  'WageStatistic.sources': list(RELATIONS.factSources, sources),
  'CareerRole.advancesTo': list(RELATIONS.roleAdvancesTo, roles, 'Roles this one leads to; `move` says how.'),
  'CareerRole.advancesFrom': list(RELATIONS.roleAdvancesFrom, roles, 'Roles that lead to this one.'),
  'CareerRole.requiredSkills': list(RELATIONS.roleSkills, skills),
  'CareerRole.requiredCertifications': list(RELATIONS.roleCertifications, certifications),
  'CareerRole.salaryBands': list(RELATIONS.roleSalaryBands, salaryBands),
  'CareerRole.occupations': list(RELATIONS.roleOccupations, occupations, 'Occupations this role belongs to.'),
  'UpskillingPath.startsFrom': one(RELATIONS.pathStartsFrom, () => CareerRole, 'The role the path starts from.'),
  'UpskillingPath.teaches': list(RELATIONS.pathTeaches, skills, 'Skills to learn, in the order the source gives them.'),
  'UpskillingPath.passesThrough': list(RELATIONS.pathPassesThrough, roles, 'Intermediate roles on the way.'),
  'UpskillingPath.targets': list(RELATIONS.pathTargets, roles),
} satisfies Record<string, RelationshipField>;

export type RelationshipFieldName = keyof typeof RELATIONSHIP_FIELDS;

export function relationshipField(name: string): RelationshipField | undefined {
  return (RELATIONSHIP_FIELDS as Record<string, RelationshipField>)[name];
}
