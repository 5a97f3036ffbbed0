import { registerEnumType } from 'type-graphql';
import { NODE_LABELS } from '../../model/graph';

export enum AutomationLevel {
  AUTOMATABLE = 'AUTOMATABLE',
  AI_ASSISTED = 'AI_ASSISTED',
  HUMAN_CORE = 'HUMAN_CORE',
}
export enum Requirement {
  REQUIRED = 'REQUIRED',
  OPTIONAL = 'OPTIONAL',
}
export enum Seniority {
  JUNIOR = 'JUNIOR',
  MID = 'MID',
  SENIOR = 'SENIOR',
}
export enum AutomationExtent {
  PART = 'PART',
  SOME = 'SOME',
  LARGE = 'LARGE',
}
export enum DemandTrend {
  RISING = 'RISING',
  STABLE = 'STABLE',
  SHRINKING = 'SHRINKING',
}
export enum RoleMove {
  PROMOTION = 'PROMOTION',
  SPECIALISATION = 'SPECIALISATION',
  CAREER_CHANGE = 'CAREER_CHANGE',
  TRANSFORMATION = 'TRANSFORMATION',
  UPGRADE = 'UPGRADE',
}

export enum SkillKind {
  SKILL = 'SKILL',
  KNOWLEDGE = 'KNOWLEDGE',
  TECHNOLOGY = 'TECHNOLOGY',
}
export enum TrainingKind {
  ON_SITE = 'ON_SITE',
  ON_THE_JOB = 'ON_THE_JOB',
}
export enum GrowthCategory {
  MUCH_FASTER = 'MUCH_FASTER',
  FASTER = 'FASTER',
  AVERAGE = 'AVERAGE',
  SLOWER = 'SLOWER',
  LITTLE_OR_NO_CHANGE = 'LITTLE_OR_NO_CHANGE',
  DECLINE = 'DECLINE',
}
export enum EmergingCategory {
  NEW = 'NEW',
  REVISION = 'REVISION',
}

/** The graph's node labels, for `search(types:)`; values equal the labels. */
export const NodeType = Object.fromEntries(NODE_LABELS.map((l) => [l, l])) as { [L in (typeof NODE_LABELS)[number]]: L };

registerEnumType(AutomationLevel, { name: 'AutomationLevel', description: 'How far AI can take over a task.' });
registerEnumType(Requirement, { name: 'Requirement', description: 'Whether a certification is required or optional.' });
registerEnumType(Seniority, { name: 'Seniority', description: 'Career stage of a salary band or role.' });
registerEnumType(AutomationExtent, { name: 'AutomationExtent', description: 'How much of a task an AI application replaces.' });
registerEnumType(DemandTrend, { name: 'DemandTrend', description: 'Direction of labour-market demand for a skill.' });
registerEnumType(RoleMove, { name: 'RoleMove', description: 'Kind of move from one career role to another.' });
registerEnumType(SkillKind, { name: 'SkillKind', description: 'What a skill node is: a skill, a knowledge area or a technology (software, tools).' });
registerEnumType(TrainingKind, { name: 'TrainingKind', description: 'O*NET training scales: on-site or in-plant training, and on-the-job training.' });
registerEnumType(GrowthCategory, { name: 'GrowthCategory', description: 'Projected employment change against the average for all occupations (BLS Occupational Outlook Handbook terms).' });
registerEnumType(EmergingCategory, { name: 'EmergingCategory', description: 'An O*NET emerging task: new to the occupation, or a revision of one of its tasks.' });
registerEnumType(NodeType, { name: 'NodeType', description: 'Kinds of node in the graph.' });
