import { Field, Int, ObjectType } from 'type-graphql';

/** On an edge to a visa requirement (an education level or a labour certification): the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class VisaRequirementEdgeFields {
  @Field(() => Int)
  group!: number;

  @Field(() => Boolean, { description: 'For an education level: that level or a higher one.' })
  orHigher!: boolean;

  @Field(() => Int)
  minYearsExperience!: number;
}
