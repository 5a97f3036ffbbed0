import { ObjectType } from 'type-graphql';

/** No data of its own: its fields (graph-export.resolver.ts) read the graph. */
@ObjectType('GraphExport', { description: 'The whole graph, for consumers that mirror it: page through `nodes` and `edges`.' })
export class GraphExport {}
