import { registerEnumType } from 'type-graphql';
import { NODE_LABELS } from '../../model/graph';
import { GROWTH_CATEGORIES } from '../../ingest/bls/growth-category';
import { AUTOMATION_EXTENTS, AUTOMATION_LEVELS, DEMAND_TRENDS, REQUIREMENTS, ROLE_MOVES, SENIORITIES } from '../../ingest/profile.schema';
import { stringEnum } from '../../shared/string-enum';

/*
 * Each enum is its vocabulary's list, where the data that holds it is checked (the profile
 * schema, the BLS growth rule, the graph's labels): a value is added there, once. The three
 * lists only the O*NET importers write, as literals, are stated here.
 */
export const SKILL_KINDS = ['SKILL', 'KNOWLEDGE', 'TECHNOLOGY'] as const;
export const TRAINING_KINDS = ['ON_SITE', 'ON_THE_JOB'] as const;
export const EMERGING_CATEGORIES = ['NEW', 'REVISION'] as const;

export const AutomationLevel = stringEnum(AUTOMATION_LEVELS);
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];
export const Requirement = stringEnum(REQUIREMENTS);
export type Requirement = (typeof REQUIREMENTS)[number];
export const Seniority = stringEnum(SENIORITIES);
export type Seniority = (typeof SENIORITIES)[number];
export const AutomationExtent = stringEnum(AUTOMATION_EXTENTS);
export type AutomationExtent = (typeof AUTOMATION_EXTENTS)[number];
export const DemandTrend = stringEnum(DEMAND_TRENDS);
export type DemandTrend = (typeof DEMAND_TRENDS)[number];
export const RoleMove = stringEnum(ROLE_MOVES);
export type RoleMove = (typeof ROLE_MOVES)[number];
export const SkillKind = stringEnum(SKILL_KINDS);
export type SkillKind = (typeof SKILL_KINDS)[number];
export const TrainingKind = stringEnum(TRAINING_KINDS);
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const GrowthCategory = stringEnum(GROWTH_CATEGORIES);
export type GrowthCategory = (typeof GROWTH_CATEGORIES)[number];
export const EmergingCategory = stringEnum(EMERGING_CATEGORIES);
export type EmergingCategory = (typeof EMERGING_CATEGORIES)[number];

/** The graph's node labels, for `search(types:)`; values equal the labels. */
export const NodeType = stringEnum(NODE_LABELS);

registerEnumType(AutomationLevel, { name: 'AutomationLevel', description: 'How far AI can take over a task.' });
registerEnumType(Requirement, { name: 'Requirement', description: 'Whether a certification is required or optional.' });
registerEnumType(Seniority, { name: 'Seniority', description: 'Career stage of a salary band or role.' });
registerEnumType(AutomationExtent, { name: 'AutomationExtent', description: 'How much of a task an AI application replaces.' });
registerEnumType(DemandTrend, { name: 'DemandTrend', description: 'Direction of labour-market demand for a skill.' });
registerEnumType(RoleMove, { name: 'RoleMove', description: 'Kind of move from one career role to another.' });
registerEnumType(SkillKind, { name: 'SkillKind', description: 'What a skill node is: a skill, a knowledge area or a technology (software, tools).' });
registerEnumType(TrainingKind, { name: 'TrainingKind', description: 'O*NET training scales: on-site or in-plant training, and on-the-job training.' });
registerEnumType(GrowthCategory, {
  name: 'GrowthCategory',
  description: 'Projected employment change against the average for all occupations (BLS Occupational Outlook Handbook terms).',
});
registerEnumType(EmergingCategory, {
  name: 'EmergingCategory',
  description: 'An O*NET emerging task: new to the occupation, or a revision of one of its tasks.',
});
registerEnumType(NodeType, { name: 'NodeType', description: 'Kinds of node in the graph.' });
