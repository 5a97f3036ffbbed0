import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { TrainingKind } from './enums';

@ObjectType('ExperienceLevel', { simpleResolvers: true, implements: NodeInterface, description: 'A category of related work experience (O*NET RW scale).' })
export class ExperienceLevel extends NodeInterface {
  @Field(() => Int, { description: 'Category on O*NET\'s scale: 1 (none) to 11 (over 10 years).' })
  rank!: number;
}

@ObjectType('TrainingLevel', { simpleResolvers: true, implements: NodeInterface, description: 'A category of on-site or on-the-job training (O*NET PT and OJ scales).' })
export class TrainingLevel extends NodeInterface {
  @Field(() => TrainingKind)
  kind!: TrainingKind;

  @Field(() => Int, { description: 'Category on O*NET\'s scale: 1 (none) to 9 (over 10 years).' })
  rank!: number;
}

@ObjectType('ExperienceLevelEdge', { simpleResolvers: true })
export class ExperienceLevelEdge extends EdgeType(() => ExperienceLevel) {
  @Field(() => Float, { description: 'Share of respondents naming this category, in percent (O*NET).' })
  percent!: number;

  @Field(() => Boolean, { description: 'The most named category.' })
  modal!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the estimate is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true })
  source?: string;
}

@ObjectType('ExperienceLevelConnection', { simpleResolvers: true })
export class ExperienceLevelConnection extends ConnectionType(ExperienceLevelEdge, () => ExperienceLevel) {}

@ObjectType('TrainingLevelEdge', { simpleResolvers: true })
export class TrainingLevelEdge extends EdgeType(() => TrainingLevel) {
  @Field(() => Float, { description: 'Share of respondents naming this category, in percent (O*NET).' })
  percent!: number;

  @Field(() => Boolean, { description: 'The most named category of its kind.' })
  modal!: boolean;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress: the estimate is imprecise.' })
  suppressed?: boolean;

  @Field(() => String, { nullable: true })
  source?: string;
}

@ObjectType('TrainingLevelConnection', { simpleResolvers: true })
export class TrainingLevelConnection extends ConnectionType(TrainingLevelEdge, () => TrainingLevel) {}
