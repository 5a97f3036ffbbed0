// One page of neighbours for each request of a batch, in one round trip. Order: edge rank,
// then neighbour id (the documented rule both stores follow). Pages are keyset pages: the
// items after (afterRank, afterId), the last item of the previous page, never an offset. The search fields, which can be
// long and no reader of neighbours uses, are not sent back. Each item carries its rank, which
// with its id is its sort key (callers build cursors from it, and need not restate the rule).
UNWIND range(0, size($requests) - 1) AS i
WITH i, $requests[i] AS req
CALL (req) {
  MATCH (:Node {id: req.id})-[r:$(req.rel)]->(m:Node)
  WHERE req.direction = 'OUT'
  RETURN r, m
  UNION ALL
  MATCH (:Node {id: req.id})<-[r:$(req.rel)]-(m:Node)
  WHERE req.direction = 'IN'
  RETURN r, m
}
WITH i, req, r, m
WHERE (size(req.labels) = 0 OR any(l IN labels(m) WHERE l IN req.labels))
  AND (req.whereKey IS NULL OR toString(m[req.whereKey]) IN req.whereValues)
WITH i, req, r, m, coalesce(r.rank, 9007199254740991) AS rank
ORDER BY i, rank, m.id
WITH i, req, collect({rank: rank, edge: properties(r), node: m}) AS hits
WITH i, req, size(hits) AS total,
  [h IN hits WHERE req.afterId IS NULL OR h.rank > req.afterRank OR (h.rank = req.afterRank AND h.node.id > req.afterId)] AS rest
WITH i, req, total, rest[0..req.limit] AS page, size(rest) > req.limit AS hasMore
CALL (page) {
  UNWIND page AS h
  WITH h.edge AS edge, h.rank AS rank, h.node AS m
  RETURN collect({edge: edge, rank: rank, id: m.id, label: [l IN labels(m) WHERE l <> 'Node'][0],
    props: m {.*, searchText: null, searchName: null, derivedCandidateFacts: null, derivedRequirements: null}}) AS items
}
RETURN i AS request, total, items, hasMore
