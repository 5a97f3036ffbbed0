/** The store-neutral shape of the graph: what ingest produces and both stores hold. */

export type PropValue = string | number | boolean | null | string[] | number[];
export type Props = Record<string, PropValue>;

export const NODE_LABELS = [
  'Occupation',
  'Task',
  'AIApplication',
  'Skill',
  'Certification',
  'Issuer',
  'EducationStep',
  'EducationLevel',
  'LaborCertification',
  'SalaryBand',
  'Visa',
  'GrowthArea',
  'Outlook',
  'CareerRole',
  'UpskillingPath',
  'Trait',
  'DataSource',
  'JobZone',
  'Interest',
  'ExperienceLevel',
  'TrainingLevel',
  'WageStatistic',
  'AIExposureScore',
] as const;
export type NodeLabel = (typeof NODE_LABELS)[number];

export const REL_TYPES = [
  'HAS_TASK',
  'AUTOMATES',
  'USES_SKILL',
  'REQUIRES_SKILL',
  'PART_OF',
  'REQUIRES_CERTIFICATION',
  'ISSUED_BY',
  'HAS_EDUCATION_STEP',
  'AWARDS',
  'PREPARES_FOR',
  'HAS_SALARY_BAND',
  'PAYS_ROLE',
  'ELIGIBLE_FOR',
  'REQUIRES',
  'DRIVES_DEMAND_FOR',
  'HAS_OUTLOOK',
  'HAS_ROLE',
  'ADVANCES_TO',
  'HAS_UPSKILLING_PATH',
  'STARTS_FROM',
  'TEACHES',
  'PASSES_THROUGH',
  'TARGETS',
  'LEADS_TO',
  'SUITS',
  'CITES',
  'SOURCED_FROM',
  // O*NET
  'SPECIALISES',
  'IN_JOB_ZONE',
  'RELATED_TO',
  'USES_TECHNOLOGY',
  'REQUIRES_EDUCATION',
  'MAPS_TO',
  'HAS_INTEREST',
  'REQUIRES_EXPERIENCE',
  'REQUIRES_TRAINING',
  'HAS_EMERGING_TASK',
  'REVISES',
  // Derived at import from an O*NET release
  'SIMILAR_TO',
  'ESTIMATED_SKILL',
  // BLS and the AI-exposure study
  'HAS_WAGE',
  'HAS_AI_EXPOSURE',
] as const;
export type RelType = (typeof REL_TYPES)[number];

export interface GraphNode {
  id: string;
  label: NodeLabel;
  props: Props;
}

export interface GraphEdge {
  type: RelType;
  from: string;
  to: string;
  props: Props;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** Edges are unique per (type, from, to): loading the same fact twice is one edge. */
export function edgeKey(edge: Pick<GraphEdge, 'type' | 'from' | 'to'>): string {
  return `${edge.type}|${edge.from}|${edge.to}`;
}

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isRelType(value: string): value is RelType {
  return (REL_TYPES as readonly string[]).includes(value);
}
