import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('EducationStep', { simpleResolvers: true, implements: NodeInterface, description: 'A step of the education path, in order.' })
export class EducationStep extends NodeInterface {
  @Field(() => Int)
  order!: number;

  @Field(() => Float)
  durationYears!: number;

  @Field(() => Int)
  costMinUsd!: number;

  @Field(() => Int)
  costMaxUsd!: number;

  @Field(() => String)
  currency!: string;
}

@ObjectType('EducationStepEdge', { simpleResolvers: true })
export class EducationStepEdge extends EdgeType(() => EducationStep) {}

@ObjectType('EducationStepConnection', { simpleResolvers: true })
export class EducationStepConnection extends ConnectionType(EducationStepEdge, () => EducationStep) {}

@ObjectType('EducationLevel', { simpleResolvers: true, implements: NodeInterface, description: 'A level of education; `rank` follows O*NET\'s RL scale.' })
export class EducationLevel extends NodeInterface {
  @Field(() => Int)
  rank!: number;
}

@ObjectType('EducationLevelEdge', { simpleResolvers: true })
export class EducationLevelEdge extends EdgeType(() => EducationLevel) {
  @Field(() => Float, { nullable: true, description: 'Share of workers at this level, in percent (O*NET).' })
  percent?: number;

  @Field(() => Boolean, { nullable: true, description: 'The most common level.' })
  modal?: boolean;
}

@ObjectType('EducationLevelConnection', { simpleResolvers: true })
export class EducationLevelConnection extends ConnectionType(EducationLevelEdge, () => EducationLevel) {}
