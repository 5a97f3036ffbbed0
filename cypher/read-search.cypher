// Every query word must begin a word of searchText ($lucene is `w1* AND w2* ...`, built from
// [a-z0-9] words only). Rank: exact name 0, name prefix 1, other 2; then name, then id.
// Keyset pages: the hits after ($afterRank, $afterName, $afterId), never an offset. Each hit
// carries that key (rank, name, id): callers build cursors from it, and need not restate the rank.
// Only the page's hits have their properties read: a one-letter query matches thousands of nodes.
CALL db.index.fulltext.queryNodes('node_search', $lucene) YIELD node
WITH node, [l IN labels(node) WHERE l <> 'Node'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
WITH node, label,
  CASE WHEN node.searchName = $phrase THEN 0 WHEN node.searchName STARTS WITH $phrase THEN 1 ELSE 2 END AS rank
ORDER BY rank, coalesce(node.name, ''), node.id
WITH collect({rank: rank, name: coalesce(node.name, ''), id: node.id, label: label, node: node}) AS hits
WITH size(hits) AS total, [h IN hits WHERE $afterId IS NULL OR h.rank > $afterRank
  OR (h.rank = $afterRank AND (h.name > $afterName OR (h.name = $afterName AND h.id > $afterId)))] AS rest
RETURN total, [h IN rest[0..$limit] | head([n IN [h.node] | {rank: h.rank, name: h.name, id: h.id, label: h.label,
  props: n {.*, derivedCandidateFacts: null, derivedRequirements: null}}])] AS items, size(rest) > $limit AS hasMore
