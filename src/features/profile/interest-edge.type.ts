import { Field, Float, Int, ObjectType } from 'type-graphql';

/** On an edge to an interest: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class InterestEdgeFields {
  @Field(() => Float, { description: 'O*NET occupational-interest score, 1 to 7.' })
  score!: number;

  @Field(() => Int, { nullable: true, description: "1, 2 or 3 when it is the occupation's first, second or third high-point interest." })
  highPoint?: number;

  @Field(() => String, { nullable: true })
  source?: string;
}
