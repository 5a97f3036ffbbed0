// One page of relationships in (from id, type, to id) order after the cursor's triple ('' ''
// '' for the first page): a keyset page. Start nodes come off the node_id_unique index in id
// order from the cursor's start node on, so the sort is a partial one over a few start nodes
// and the page costs the same wherever it starts (tests/neo4j/explain checks the plan).
MATCH (a:Node)
WHERE a.id >= $afterFrom
WITH a
ORDER BY a.id
MATCH (a)-[r]->(b:Node)
WHERE (size($types) = 0 OR type(r) IN $types)
  AND (a.id > $afterFrom OR type(r) > $afterType OR (type(r) = $afterType AND b.id > $afterTo))
WITH a, r, b
ORDER BY a.id, type(r), b.id
LIMIT $limit
RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props
