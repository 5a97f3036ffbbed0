import { Field, Float, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../common/connection';
import { ScoreComponent, ExplanationPath } from './score-component.type';
import { MatchedSkill } from './skill-match.type';
import { IgnoredInput, ResolvedSkillInput } from './input-reading.type';

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

  @Field(() => [ExplanationPath], {
    description: 'The graph paths behind the score: each matched skill, the link to your occupation, the salary band and job zone used.',
  })
  paths!: ExplanationPath[];

  held!: ReadonlySet<string>;
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
