import { Field, Float, ObjectType } from 'type-graphql';

/** On an edge to an education level: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class EducationLevelEdgeFields {
  @Field(() => Float, { nullable: true, description: 'Share of workers at this level, in percent (O*NET).' })
  percent?: number;

  @Field(() => Boolean, { nullable: true, description: 'The most common level.' })
  modal?: boolean;
}
