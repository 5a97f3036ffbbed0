// One page of neighbours for each request of a batch, in one round trip. Order: edge rank,
// then neighbour id (the documented rule both stores follow). The search fields, which can be
// long and no reader of neighbours uses, are not sent back.
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
WITH i, req, r, m
ORDER BY i, coalesce(r.rank, 9007199254740991), m.id
WITH i, req, collect({edge: properties(r), node: m}) AS hits
WITH i, req, size(hits) AS total, hits[req.offset..req.offset + req.limit] AS page
CALL (page) {
  UNWIND page AS h
  WITH h.edge AS edge, h.node AS m
  RETURN collect({edge: edge, id: m.id, label: [l IN labels(m) WHERE l <> 'Node'][0],
    props: m {.*, searchText: null, searchName: null}}) AS items
}
RETURN i AS request, total, items
