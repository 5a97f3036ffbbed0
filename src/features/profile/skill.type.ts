import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { DemandTrend } from './enums';

@ObjectType('Skill', { simpleResolvers: true, implements: NodeInterface })
export class Skill extends NodeInterface {
  @Field(() => String, { nullable: true })
  description?: string;

  @Field(() => String, { nullable: true })
  category?: string;

  @Field(() => [String], { nullable: true, description: 'Tools and techniques the skill covers.' })
  tools?: string[];

  @Field(() => Boolean, { nullable: true, description: 'Named as an emerging skill for the AI era.' })
  emerging?: boolean;

  @Field(() => DemandTrend, { nullable: true })
  demandTrend?: DemandTrend;
}

@ObjectType('SkillEdge', { simpleResolvers: true })
export class SkillEdge extends EdgeType(() => Skill) {
  @Field(() => Boolean, { nullable: true, description: 'For an occupation\'s skills: an emerging skill.' })
  emerging?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The link is a curated judgement, not a sentence of the source.' })
  curated?: boolean;
}

@ObjectType('SkillConnection', { simpleResolvers: true })
export class SkillConnection extends ConnectionType(SkillEdge, () => Skill) {}
