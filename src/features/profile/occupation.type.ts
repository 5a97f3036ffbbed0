import { Field, Float, ObjectType } from 'type-graphql';
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
}

@ObjectType('OccupationEdge', { simpleResolvers: true })
export class OccupationEdge extends EdgeType(() => Occupation) {}

@ObjectType('OccupationConnection', { simpleResolvers: true })
export class OccupationConnection extends ConnectionType(OccupationEdge, () => Occupation) {}
