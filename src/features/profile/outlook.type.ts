import { Field, Float, Int, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('Outlook', { simpleResolvers: true, implements: NodeInterface, description: 'A projection of employment growth.' })
export class Outlook extends NodeInterface {
  @Field(() => Int)
  periodStart!: number;

  @Field(() => Int)
  periodEnd!: number;

  @Field(() => Float, { description: 'Projected employment growth over the period, in percent.' })
  growthPercent!: number;

  @Field(() => Boolean, { description: 'The source gives the rate as approximate ("about").' })
  approximate!: boolean;

  @Field(() => String, { nullable: true })
  comparison?: string;

  @Field(() => String, { nullable: true })
  demandDrivers?: string;

  @Field(() => [String])
  mainEmployers!: string[];

  @Field(() => String)
  text!: string;
}

@ObjectType('OutlookEdge', { simpleResolvers: true })
export class OutlookEdge extends EdgeType(() => Outlook) {}

@ObjectType('OutlookConnection', { simpleResolvers: true })
export class OutlookConnection extends ConnectionType(OutlookEdge, () => Outlook) {}
