import { Field, Float, ObjectType } from 'type-graphql';

/** On an edge to a trait: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class TraitEdgeFields {
  @Field(() => Float, { nullable: true, description: 'O*NET work-style importance for the occupation, 1 to 5.' })
  importance?: number;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the importance is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the link comes from, e.g. O*NET 29.3; null when curated.' })
  source?: string;
}
