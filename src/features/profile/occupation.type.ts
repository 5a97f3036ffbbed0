import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Occupation', { simpleResolvers: true, implements: NodeInterface, description: 'An occupation, keyed by its SOC code.' })
export class Occupation extends NodeInterface {
  @Field(() => String, { description: 'SOC code, e.g. 29-2011.' })
  code!: string;

  @Field(() => String)
  codeSystem!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  singularTitle?: string;

  @Field(() => String, { nullable: true })
  summary?: string;

  @Field(() => Float, { nullable: true, description: 'Overall rating, out of `ratingScale`.' })
  rating?: number;

  @Field(() => Float, { nullable: true })
  ratingScale?: number;

  @Field(() => String, { nullable: true })
  migrationCategory?: string;

  @Field(() => String, { nullable: true, description: 'How AI changes this occupation.' })
  aiOutlook?: string;

  @Field(() => String, { nullable: true, description: 'Which roles and skills gain or lose demand.' })
  demandShift?: string;

  @Field(() => String, { nullable: true })
  careerProgression?: string;

  @Field(() => String, { nullable: true, description: 'How the sources were used, and their caveats.' })
  sourcesNote?: string;

  @Field(() => String, { nullable: true, description: 'O*NET-SOC code (29-2011.00), for occupations O*NET describes.' })
  onetCode?: string;

  @Field(() => String, { nullable: true, description: 'O*NET\'s description of the occupation.' })
  onetDescription?: string;

  @Field(() => String, { nullable: true, description: 'The O*NET release these O*NET facts come from.' })
  onetRelease?: string;

  @Field(() => Int, { nullable: true, description: 'O*NET job zone, 1 (little preparation) to 5 (extensive).' })
  jobZone?: number;

  @Field(() => [String], { nullable: true, description: 'Other titles the occupation goes by (O*NET); search finds them.' })
  alternateTitles?: string[];

  @Field(() => String, { nullable: true, description: 'High-point RIASEC interests, strongest first, e.g. "IRC" (O*NET Interests).' })
  interestCode?: string;

  @Field(() => Float, { nullable: true, description: 'O*NET importance (1-5) of holding some job-related professional certification.' })
  professionalCertificationImportance?: number;

  @Field(() => Float, { nullable: true, description: 'O*NET importance (1-5) of an apprenticeship.' })
  apprenticeshipImportance?: number;
}

@ObjectType('OccupationEdge', { simpleResolvers: true })
export class OccupationEdge extends EdgeType(() => Occupation) {
  @Field(() => String, { nullable: true, description: 'For related occupations: O*NET relatedness tier.' })
  tier?: string;

  @Field(() => Int, { nullable: true, description: 'For related occupations: O*NET relatedness index (1 = most related).' })
  index?: number;

  @Field(() => Float, { nullable: true, description: 'For related occupations: relatedness weight, 0 to 1.' })
  weight?: number;

  @Field(() => Boolean, { nullable: true, description: 'The link is a curated judgement, not a fact of the source.' })
  curated?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the link comes from, e.g. O*NET 27.0.' })
  source?: string;
}

@ObjectType('OccupationConnection', { simpleResolvers: true })
export class OccupationConnection extends ConnectionType(OccupationEdge, () => Occupation) {}
