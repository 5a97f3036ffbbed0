import { Field, ID, InterfaceType } from 'type-graphql';
import { nodeTypeName } from '../graph/entity';

/** Relay's Node, plus the display name every node in this graph has. */
@InterfaceType('Node', {
  description: 'Any node of the graph, fetchable by its stable id with `node(id:)`.',
  resolveType: nodeTypeName,
})
export abstract class NodeInterface {
  @Field(() => ID, { description: 'Stable id derived from the natural key, e.g. `occupation:29-2011`.' })
  id!: string;

  @Field(() => String, { description: 'Display name.' })
  name!: string;
}
