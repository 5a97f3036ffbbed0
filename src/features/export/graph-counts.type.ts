import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType('LabelCount', { simpleResolvers: true })
export class LabelCount {
  @Field(() => String)
  key!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType('GraphCounts', { simpleResolvers: true, description: 'What a complete mirror must hold.' })
export class GraphCountsType {
  @Field(() => Int)
  nodes!: number;

  @Field(() => Int)
  edges!: number;

  @Field(() => [LabelCount], { description: 'Nodes per label, by label.' })
  byLabel!: LabelCount[];

  @Field(() => [LabelCount], { description: 'Relationships per type, by type.' })
  byType!: LabelCount[];
}
