// Exact-name lookups: for each name in $names (its search words joined by spaces, as
// searchName holds them), the nodes whose searchName equals it, optionally only of $labels,
// in id order. Names with no such node return no row. Uses the node_search_name index.
UNWIND range(0, size($names) - 1) AS i
MATCH (node:Node)
WHERE node.searchName = $names[i]
WITH i, node, [l IN labels(node) WHERE l <> 'Node'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
WITH i, node, label
ORDER BY i, node.id
RETURN i AS name, collect({id: node.id, label: label, props: node {.*, derivedCandidateFacts: null, derivedRequirements: null}}) AS items
