import type { RequirementMatch } from '../../store/graph-store';
import type { PageInfo } from '../common/connection';
import type { ComponentName, ScoringProfile, SkillMatch } from './scoring';

export const MAX_RECOMMENDATIONS = 50;
export const MAX_PROFILE_SKILLS = 100;
export const MAX_YEARS = 80;
export const MAX_SKILL_LEVEL = 7;

/** What a recommendation may be, in the order the API lists them. */
export const CANDIDATE_KINDS = ['OCCUPATION', 'CAREER_ROLE'] as const;
export type CandidateKind = (typeof CANDIDATE_KINDS)[number];

export interface ProfileInput {
  occupation?: string | null;
  skills?: Array<{ skill: string; level?: number | null }> | null;
  yearsOfExperience?: number | null;
  targetSalary?: number | null;
  kinds?: CandidateKind[] | null;
}

export interface IgnoredInput {
  field: string;
  value: string;
  reason: string;
}

export interface ScoreComponent {
  name: ComponentName;
  /** Its share of the score's weight among the components that apply (they sum to 1). */
  weight: number;
  value: number;
  /** weight × value: the components' contributions sum to the score (to rounding). */
  contribution: number;
  /** False when the candidate has no data for it and it scored the neutral 0.5. */
  known: boolean;
  detail: string;
}

export interface ExplanationPath {
  component: ComponentName;
  reason: string;
  nodeIds: string[];
  relationships: string[];
}

export interface Recommendation {
  cursor: string;
  rank: number;
  candidateId: string;
  score: number;
  components: ScoreComponent[];
  matchedSkills: SkillMatch[];
  /** Distinct profile skills it asks for. */
  matchedCount: number;
  paths: ExplanationPath[];
  /** Skill ids the profile holds: what `skillsToAdd` leaves out. */
  held: ReadonlySet<string>;
}

export interface RecommendationPage {
  items: Recommendation[];
  totalCount: number;
  pageInfo: PageInfo;
  ignored: IgnoredInput[];
  resolvedSkills: Array<{ input: string; skillIds: string[] }>;
}

export interface ScoringInput {
  profile: ProfileInput;
  skills: ScoringProfile;
  matches: ReadonlyMap<string, readonly RequirementMatch[]>;
  related: ReadonlyMap<string, Relatedness>;
  current: string | null;
  heldIds: ReadonlySet<string>;
}

export interface Relatedness {
  value: number;
  path: ExplanationPath;
}
