// A nested read in one round trip (#13): the root nodes, and for each step of $plan (a tree
// of neighbour-page requests, one per relationship field the GraphQL selection walks) its page
// under every parent the step above returned. The code nests cypher/read-plan-level.cypher
// once per level of the plan in place of the line marked `next level`; as it stands this file
// reads the roots alone. Pages follow cypher/read-neighbours.cypher exactly (order, keyset,
// total, hasMore, search fields left out); each comes back as {step, parent, total, hasMore,
// items}, flattened into one list per root.
UNWIND $roots AS rootId
OPTIONAL MATCH (p:Node {id: rootId})
WITH rootId, p, $plan AS s
WITH rootId, p, s, [] AS pages // next level
RETURN rootId AS id,
  CASE WHEN p IS NULL THEN null ELSE {id: p.id, label: [l IN labels(p) WHERE l <> 'Node'][0], props: p {.*, derivedCandidateFacts: null, derivedRequirements: null}} END AS node,
  pages
