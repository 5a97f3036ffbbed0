import { Field, Float, ObjectType } from 'type-graphql';

/** On an edge to an experience level: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class ExperienceLevelEdgeFields {
  @Field(() => Float, { description: 'Share of respondents naming this category, in percent (O*NET).' })
  percent!: number;

  @Field(() => Boolean, { description: 'The most named category.' })
  modal!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the estimate is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true })
  source?: string;
}
