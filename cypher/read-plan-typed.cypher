// A nested read in one round trip (#13), typed: the root nodes, and under each the pages a read plan
// asks for (one per relationship field the GraphQL selection walks, nested as the selection
// is). src/store/neo4j/plan-statement.ts compiles a plan into this statement: it puts one
// cypher/read-plan-typed-step.cypher per step of the plan's first level into the list marked
// /*pages*/ (and, inside those, the steps under them). As it stands this file reads the roots
// alone. Roots come back with their properties, as cypher/read-nodes.cypher reads them, or
// with only those the plan names for them: the compiler then puts those (`n0 {.name}`) in place
// of the projection marked /*props*/.
UNWIND $roots AS rootId
OPTIONAL MATCH (n0:Node {id: rootId})
RETURN rootId AS id, CASE WHEN n0 IS NULL THEN null ELSE {
  id: n0.id, label: [l IN labels(n0) WHERE l <> 'Node'][0], props: n0 {.*, derivedCandidateFacts: null, derivedRequirements: null}/*props*/,
  pages: [/*pages*/]
} END AS node
