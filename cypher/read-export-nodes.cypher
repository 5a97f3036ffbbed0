// One page of nodes in id order after $after ('' for the first page): a keyset page. The
// range seek on the node_id_unique index yields ids in order, so the page costs the same
// wherever it starts (tests/neo4j/explain checks the plan has no Sort and no Skip).
// The derived search fields are not exported.
MATCH (n:Node)
WHERE n.id > $after AND (size($labels) = 0 OR any(l IN labels(n) WHERE l IN $labels))
WITH n
ORDER BY n.id
LIMIT $limit
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n {.*, searchText: null, searchName: null, derivedCandidateFacts: null, derivedRequirements: null} AS props
