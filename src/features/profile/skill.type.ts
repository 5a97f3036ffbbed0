import { Field, ObjectType } from 'type-graphql';
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
