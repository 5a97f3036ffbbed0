import { Field, Float, Int, ObjectType } from 'type-graphql';
import { connectionOf } from '../common/connection-of';
import { NodeInterface } from '../node/node.interface';
import { OccupationEdgeFields } from './occupation-edge.type';

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

  @Field(() => String, { nullable: true, description: "O*NET's description of the occupation." })
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

/** Declared here as well as in RELATIONSHIP_FIELDS: other features return it (connectionOf gives both the same class). */
export const OccupationConnection = connectionOf(Occupation, OccupationEdgeFields);
