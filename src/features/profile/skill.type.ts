import { Field, Float, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { DemandTrend, SkillKind } from './enums';

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

  @Field(() => String, { nullable: true, description: 'O*NET content-model element id (2.A.1.a) of an O*NET skill or knowledge area.' })
  elementId?: string;

  @Field(() => SkillKind, { nullable: true, description: 'SKILL, KNOWLEDGE (O*NET knowledge areas) or TECHNOLOGY (O*NET software and tools).' })
  kind?: SkillKind;
}

@ObjectType('SkillEdge', { simpleResolvers: true })
export class SkillEdge extends EdgeType(() => Skill) {
  @Field(() => Boolean, { nullable: true, description: 'For an occupation\'s skills: an emerging skill.' })
  emerging?: boolean;

  @Field(() => Boolean, { nullable: true, description: 'The link is a curated judgement, not a sentence of the source.' })
  curated?: boolean;

  @Field(() => Float, { nullable: true, description: 'O*NET importance for the occupation, 1 to 5.' })
  importance?: number;

  @Field(() => Float, { nullable: true, description: 'O*NET level for the occupation, 0 to 7.' })
  level?: number;

  @Field(() => Boolean, { nullable: true, description: 'O*NET Recommend Suppress on the importance: too imprecise to use; recommendations and similarity ignore the rating.' })
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

@ObjectType('SkillConnection', { simpleResolvers: true })
export class SkillConnection extends ConnectionType(SkillEdge, () => Skill) {}
