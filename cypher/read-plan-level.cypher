// One level of cypher/read-plan.cypher: for parent node p and its plan step s, the page of
// each child step of s (a neighbour page, as cypher/read-neighbours.cypher reads it), then,
// nested in place of the line marked `next level`, the same for every node of that page.
// Not a statement on its own.
CALL (p, s) {
  UNWIND s.children AS req
  WITH p, req, CASE req.direction
    WHEN 'OUT' THEN COLLECT {
      MATCH (p)-[r:$(req.rel)]->(m:Node)
      WHERE (size(req.labels) = 0 OR any(l IN labels(m) WHERE l IN req.labels))
        AND (req.whereKey IS NULL OR toString(m[req.whereKey]) IN req.whereValues)
      WITH r, m, coalesce(r.rank, 9007199254740991) AS rank
      ORDER BY rank, m.id
      RETURN {rank: rank, edge: properties(r), node: m}
    }
    ELSE COLLECT {
      MATCH (p)<-[r:$(req.rel)]-(m:Node)
      WHERE (size(req.labels) = 0 OR any(l IN labels(m) WHERE l IN req.labels))
        AND (req.whereKey IS NULL OR toString(m[req.whereKey]) IN req.whereValues)
      WITH r, m, coalesce(r.rank, 9007199254740991) AS rank
      ORDER BY rank, m.id
      RETURN {rank: rank, edge: properties(r), node: m}
    }
  END AS hits
  WITH p, req, size(hits) AS total,
    [h IN hits WHERE req.afterId IS NULL OR h.rank > req.afterRank OR (h.rank = req.afterRank AND h.node.id > req.afterId)] AS rest
  WITH p, req, total, rest[0..req.limit] AS page, size(rest) > req.limit AS hasMore
  CALL (req, page) {
    UNWIND page AS h
    WITH req AS s, h, h.node AS p
    WITH s, h, p, [] AS pages // next level
    RETURN collect({edge: h.edge, rank: h.rank, id: p.id, label: [l IN labels(p) WHERE l <> 'Node'][0],
        props: p {.*, searchText: null, searchName: null, derivedCandidateFacts: null, derivedRequirements: null}}) AS items,
      reduce(all = [], more IN collect(pages) | all + more) AS nested
  }
  RETURN reduce(all = [], more IN collect([{step: req.step, parent: p.id, total: total, hasMore: hasMore, items: items}] + nested) | all + more) AS pages
}
