import { Field, ObjectType } from 'type-graphql';
import { RoleMove } from './enums';

/** On an edge to a role: the relationship's properties (connectionOf adds the cursor and node). */
@ObjectType({ simpleResolvers: true })
export class CareerRoleEdgeFields {
  @Field(() => Boolean, { nullable: true, description: "For an occupation's roles: where people usually start." })
  entry?: boolean;

  @Field(() => RoleMove, { nullable: true, description: 'For role moves: what kind of move it is.' })
  move?: RoleMove;
}
