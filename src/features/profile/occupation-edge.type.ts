import { Field, Float, Int, ObjectType } from 'type-graphql';

/** On an edge to an occupation: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class OccupationEdgeFields {
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
