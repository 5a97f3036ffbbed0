import { Field, ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';
import { RoleMove, Seniority } from './enums';

@ObjectType('CareerRole', { simpleResolvers: true, implements: NodeInterface, description: 'A role on a career path.' })
export class CareerRole extends NodeInterface {
  @Field(() => Seniority, { nullable: true })
  seniority?: Seniority;
}

@ObjectType('CareerRoleEdge', { simpleResolvers: true })
export class CareerRoleEdge extends EdgeType(() => CareerRole) {
  @Field(() => Boolean, { nullable: true, description: 'For an occupation\'s roles: where people usually start.' })
  entry?: boolean;

  @Field(() => RoleMove, { nullable: true, description: 'For role moves: what kind of move it is.' })
  move?: RoleMove;
}

@ObjectType('CareerRoleConnection', { simpleResolvers: true })
export class CareerRoleConnection extends ConnectionType(CareerRoleEdge, () => CareerRole) {}

@ObjectType('UpskillingPath', { simpleResolvers: true, implements: NodeInterface, description: 'Skills to learn to move towards target roles.' })
export class UpskillingPath extends NodeInterface {
  @Field(() => String)
  description!: string;

  @Field(() => String, { description: 'Who the path starts from, in the source\'s words.' })
  fromDescription!: string;
}

@ObjectType('UpskillingPathEdge', { simpleResolvers: true })
export class UpskillingPathEdge extends EdgeType(() => UpskillingPath) {}

@ObjectType('UpskillingPathConnection', { simpleResolvers: true })
export class UpskillingPathConnection extends ConnectionType(UpskillingPathEdge, () => UpskillingPath) {}
