import { ObjectType } from 'type-graphql';
import { ConnectionType, EdgeType } from '../common/connection';
import { NodeInterface } from '../node/node.interface';

@ObjectType('NodeEdge', { simpleResolvers: true })
export class NodeEdge extends EdgeType(() => NodeInterface) {}

@ObjectType('NodeConnection', { simpleResolvers: true })
export class NodeConnection extends ConnectionType(NodeEdge, () => NodeInterface) {}
