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

/** The graph's node labels, for `search(types:)`; values equal the labels. */
export const NodeType = Object.fromEntries(NODE_LABELS.map((l) => [l, l])) as { [L in (typeof NODE_LABELS)[number]]: L };

registerEnumType(AutomationLevel, { name: 'AutomationLevel', description: 'How far AI can take over a task.' });
registerEnumType(Requirement, { name: 'Requirement', description: 'Whether a certification is required or optional.' });
registerEnumType(Seniority, { name: 'Seniority', description: 'Career stage of a salary band or role.' });
registerEnumType(AutomationExtent, { name: 'AutomationExtent', description: 'How much of a task an AI application replaces.' });
registerEnumType(DemandTrend, { name: 'DemandTrend', description: 'Direction of labour-market demand for a skill.' });
registerEnumType(RoleMove, { name: 'RoleMove', description: 'Kind of move from one career role to another.' });
registerEnumType(NodeType, { name: 'NodeType', description: 'Kinds of node in the graph.' });
