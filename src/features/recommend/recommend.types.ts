import { Field, Float, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { Skill } from '../profile/skill.type';
import { stringEnum } from '../../shared/string-enum';
import { CANDIDATE_KINDS, type CandidateKind as Kind } from './recommend.model';
import { COMPONENT_WEIGHTS, MIN_IMPORTANCE, TECHNOLOGY_WEIGHT, UNRATED_SKILL_WEIGHT, type ComponentName } from './scoring';

export const CandidateKind = stringEnum(CANDIDATE_KINDS);
registerEnumType(CandidateKind, { name: 'CandidateKind', description: 'What a recommendation may be.' });

/** The components are COMPONENT_WEIGHTS' keys, in its order. */
export const ScoreComponentName = stringEnum(Object.keys(COMPONENT_WEIGHTS) as ComponentName[]);
registerEnumType(ScoreComponentName, {
  name: 'ScoreComponentName',
  description: `Parts of a recommendation score, with their base weights: ${Object.entries(COMPONENT_WEIGHTS).map(([k, v]) => `${k} ${v}`).join(', ')}.`,
});

@InputType('HeldSkillInput', { description: 'A skill the person has.' })
export class HeldSkillInput {
  @Field(() => String, { description: 'A skill id (skill:…) or a skill\'s exact name, any case; a name two skills share means both.' })
  skill!: string;

  @Field(() => Float, { nullable: true, description: 'How well, on O*NET\'s level scale 0 to 7; omitted means enough for any level.' })
  level?: number | null;
}

@InputType('CareerProfileInput', { description: 'Who to recommend for: any of these; at least an occupation or one skill.' })
export class CareerProfileInput {
  @Field(() => String, { nullable: true, description: 'Current occupation: SOC code (29-2011) or O*NET-SOC code (29-2011.01).' })
  occupation?: string | null;

  @Field(() => [HeldSkillInput], { nullable: true, description: 'Skills held, at most 100.' })
  skills?: HeldSkillInput[] | null;

  @Field(() => Float, { nullable: true, description: 'Years of work experience, 0 to 80.' })
  yearsOfExperience?: number | null;

  @Field(() => Float, { nullable: true, description: 'Target annual salary (USD, the salary bands\' currency).' })
  targetSalary?: number | null;

  @Field(() => [CandidateKind], { nullable: true, description: 'Only these kinds (default both).' })
  kinds?: Kind[] | null;
}

@ObjectType('ScoreComponent', { simpleResolvers: true, description: 'One part of a score: contributions sum to the score.' })
export class ScoreComponent {
  @Field(() => ScoreComponentName)
  name!: string;

  @Field(() => Float, { description: 'Share of the score, among the components that apply to this profile (they sum to 1).' })
  weight!: number;

  @Field(() => Float, { description: '0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'weight × value.' })
  contribution!: number;

  @Field(() => Boolean, { description: 'False when the candidate has no data for it: the value is then a neutral 0.5.' })
  known!: boolean;

  @Field(() => String)
  detail!: string;
}

@ObjectType('ExplanationPath', { simpleResolvers: true, description: 'A path in the graph behind part of a score.' })
export class ExplanationPath {
  @Field(() => ScoreComponentName)
  component!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => [String], { description: 'Relationship types between consecutive `nodes`.' })
  relationships!: string[];

  nodeIds!: string[];
}

@ObjectType('MatchedSkill', { simpleResolvers: true, description: 'A requirement of the candidate the profile holds.' })
export class MatchedSkill {
  skillId!: string;

  @Field(() => String, { description: 'REQUIRES_SKILL, ESTIMATED_SKILL (a rating estimated from similar occupations), USES_TECHNOLOGY, or LEADS_TO (a skill leading to a career role).' })
  relationship!: string;

  @Field(() => Float, { nullable: true, description: 'O*NET importance (1-5) where rated.' })
  importance!: number | null;

  @Field(() => Float, { nullable: true, description: 'O*NET level (0-7) the candidate asks, where rated.' })
  requiredLevel!: number | null;

  @Field(() => Float, { nullable: true, description: 'The level the profile gave.' })
  heldLevel!: number | null;

  @Field(() => Float, {
    description: `Requirement weight, as skillsToAdd orders by: rated importance / 5 (0 below ${MIN_IMPORTANCE}), unrated ${UNRATED_SKILL_WEIGHT}, technology ${TECHNOLOGY_WEIGHT}.`,
  })
  weight!: number;

  @Field(() => Float, { description: 'min(1, held level / required level) when both are known, else 1.' })
  levelFit!: number;

  @Field(() => Float, { description: 'Its part of the SKILLS component\'s value: the matched skills\' contributions sum to it.' })
  contribution!: number;
}

@ObjectType('SkillToAdd', { simpleResolvers: true, description: 'A requirement of the candidate the profile lacks.' })
export class SkillToAdd {
  @Field(() => Skill)
  skill!: object;

  @Field(() => String, { description: 'REQUIRES_SKILL, USES_TECHNOLOGY, or LEADS_TO (a skill leading to a career role).' })
  relationship!: string;

  @Field(() => Float, { nullable: true })
  importance!: number | null;

  @Field(() => Float, { nullable: true })
  level!: number | null;

  @Field(() => Float, { description: 'Requirement weight, as on MatchedSkill: the list is ordered by it.' })
  weight!: number;
}

@ObjectType('RecommendationEdge', { simpleResolvers: true, description: 'A ranked candidate (`node`): its rank, score and why.' })
export class RecommendationEdge {
  @Field(() => String, { description: 'Opaque cursor of this edge, for `after`.' })
  cursor!: string;

  @Field(() => Int, { description: '1 for the best.' })
  rank!: number;

  candidateId!: string;

  @Field(() => Float, { description: 'In [0, 1]: Σ weight × value over the components.' })
  score!: number;

  @Field(() => [ScoreComponent])
  components!: ScoreComponent[];

  @Field(() => [MatchedSkill], { description: 'Its requirements the profile holds that add to the score, largest contribution first.' })
  matchedSkills!: MatchedSkill[];

  @Field(() => [ExplanationPath], { description: 'The graph paths behind the score: each matched skill, the link to your occupation, the salary band and job zone used.' })
  paths!: ExplanationPath[];

  held!: ReadonlySet<string>;
}

@ObjectType('IgnoredInput', { simpleResolvers: true, description: 'Part of the input the graph did not know, left out of the answer.' })
export class IgnoredInput {
  @Field(() => String, { description: 'Where in the input, e.g. profile.skills[2].skill.' })
  field!: string;

  @Field(() => String)
  value!: string;

  @Field(() => String)
  reason!: string;
}

@ObjectType('ResolvedSkillInput', { simpleResolvers: true, description: 'How one profile skill entry was read.' })
export class ResolvedSkillInput {
  @Field(() => String)
  input!: string;

  skillIds!: string[];
}

@ObjectType('RecommendationConnection', { simpleResolvers: true, description: 'A page of recommendations, best first: score, then id.' })
export class RecommendationConnection {
  @Field(() => [RecommendationEdge], { description: 'Best first: score, then id.' })
  edges!: RecommendationEdge[];

  @Field(() => Int, { description: 'Candidates the profile reaches, across all pages.' })
  totalCount!: number;

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => [IgnoredInput], { description: 'Unknown skills or occupation, and repeated skills: left out, not errors.' })
  ignored!: IgnoredInput[];

  @Field(() => [ResolvedSkillInput], { description: 'Each profile skill entry and the skills it was read as.' })
  resolvedSkills!: ResolvedSkillInput[];
}

