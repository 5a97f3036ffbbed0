import { Field, Float, ObjectType } from 'type-graphql';

/** On an edge to a training level: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class TrainingLevelEdgeFields {
  @Field(() => Float, { description: 'Share of respondents naming this category, in percent (O*NET).' })
  percent!: number;

  @Field(() => Boolean, { description: 'The most named category of its kind.' })
  modal!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the estimate is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true })
  source?: string;
}
