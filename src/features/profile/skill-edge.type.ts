import { Field, Float, ObjectType } from 'type-graphql';

/** On an edge to a skill: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class SkillEdgeFields {
  @Field(() => Boolean, { nullable: true, description: "For an occupation's skills: an emerging skill." })
  emerging?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The link is a curated judgement, not a sentence of the source.' })
  curated?: boolean;

  @Field(() => Float, { nullable: true, description: 'O*NET importance for the occupation, 1 to 5.' })
  importance?: number;

  @Field(() => Float, { nullable: true, description: 'O*NET level for the occupation, 0 to 7.' })
  level?: number;

  @Field(() => Boolean, {
    nullable: true,
    description: 'O*NET Recommend Suppress on the importance: too imprecise to use; recommendations and similarity ignore the rating.',
  })
  suppressed?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress on the level: the level is not used.' })
  levelSuppressed?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Not Relevant: the level is moot for this occupation and is not used.' })
  notRelevant?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Hot Technology flag.' })
  hotTechnology?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET In Demand flag (releases that have it).' })
  inDemand?: boolean;

  @Field(() => String, { nullable: true, description: 'Where the link comes from, e.g. O*NET 27.0.' })
  source?: string;
}
