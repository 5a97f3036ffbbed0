// Every query word must begin a word of searchText ($lucene is `w1* AND w2* ...`, built from
// [a-z0-9] words only). Rank: exact name 0, name prefix 1, other 2; then name, then id.
CALL db.index.fulltext.queryNodes('node_search', $lucene) YIELD node
WITH node, [l IN labels(node) WHERE l <> 'Node'][0] AS label
WHERE size($labels) = 0 OR label IN $labels
WITH node, label,
  CASE WHEN node.searchName = $phrase THEN 0 WHEN node.searchName STARTS WITH $phrase THEN 1 ELSE 2 END AS rank
ORDER BY rank, node.name, node.id
WITH collect({id: node.id, label: label, props: properties(node)}) AS hits
RETURN size(hits) AS total, hits[$offset..$offset + $limit] AS items
