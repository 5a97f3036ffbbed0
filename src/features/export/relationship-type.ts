import { registerEnumType } from 'type-graphql';
import { REL_TYPES, type RelType } from '../../model/graph';

/** The model's relationship types as a GraphQL enum, for the export's edges and their filter. */
export const RelationshipType = Object.fromEntries(REL_TYPES.map((t) => [t, t])) as { [T in RelType]: T };
registerEnumType(RelationshipType, { name: 'RelationshipType', description: 'Kinds of relationship in the graph.' });
