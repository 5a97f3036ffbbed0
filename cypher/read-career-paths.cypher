// Career-path candidates (see PathQuery in src/store/graph-store.ts): simple paths over the
// walkable relationships, in the 2 shortest lengths (PATH_GROUPS; Cypher takes only a literal). The node-uniqueness predicate sits
// inside the path pattern, so the search applies it (a pre-filter), not the result.
MATCH (a:Node {id: $from}), (b:Node {id: $to})
MATCH p = SHORTEST 2 GROUPS ((a)((x)-[r:ADVANCES_TO|HAS_ROLE|RELATED_TO|MAPS_TO]->(y)
    WHERE type(r) <> 'HAS_ROLE' OR r.entry = true){1,6}(b)
  WHERE size(r) <= $maxSteps
    AND all(i IN range(0, size(r) - 1) WHERE endNode(r[i]) <> a
      AND all(j IN range(i + 1, size(r) - 1) WHERE endNode(r[i]) <> endNode(r[j]))))
WITH [n IN nodes(p) | n.id] AS nodes, [rel IN relationships(p) | {type: type(rel), props: properties(rel)}] AS rels
ORDER BY size(nodes), nodes
LIMIT $maxPaths
RETURN nodes, rels
