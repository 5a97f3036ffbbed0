import { Field, Float, ObjectType } from 'type-graphql';
import { ScoreComponentName } from './recommend.types';

@ObjectType('ScoreComponent', { simpleResolvers: true, description: 'One part of a score: contributions sum to the score.' })
export class ScoreComponent {
  @Field(() => ScoreComponentName)
  name!: string;

  @Field(() => Float, { description: 'Share of the score, among the components that apply to this profile (they sum to 1).' })
  weight!: number;

  @Field(() => Float, { description: '0 to 1.' })
  value!: number;

  @Field(() => Float, { description: 'weight × value.' })
  contribution!: number;

  @Field(() => Boolean, { description: 'False when the candidate has no data for it: the value is then a neutral 0.5.' })
  known!: boolean;

  @Field(() => String)
  detail!: string;
}

@ObjectType('ExplanationPath', { simpleResolvers: true, description: 'A path in the graph behind part of a score.' })
export class ExplanationPath {
  @Field(() => ScoreComponentName)
  component!: string;

  @Field(() => String)
  reason!: string;

  @Field(() => [String], { description: 'Relationship types between consecutive `nodes`.' })
  relationships!: string[];

  nodeIds!: string[];
}
