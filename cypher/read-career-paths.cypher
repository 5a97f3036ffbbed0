// Career-path candidates and their stops' needs in one statement (PathQuery, PathSearch and
// StopNeeds in src/store/graph-store.ts; #13). The ends are matched optionally so that one row
// always comes back: their labels say whether they exist, and the service checks them.
// Candidates: simple paths over the walkable relationships, in the 2 shortest lengths. The
// node-uniqueness predicate sits inside the path pattern, so the search applies it (a
// pre-filter), not the result.
// Three literals restate the code, as Cypher takes no parameter for a quantifier's bounds or
// SHORTEST's k: SHORTEST 2 is PATH_GROUPS, {1,6} is MAX_STEPS (each request's own limit is
// $maxSteps), and the relationship types are WALKABLE_RELS, which the in-memory path finder
// walks. The types stay literal too, as the search was measured with them (5.26's dynamic
// :$any($types) was not tried). tests/unit/career-paths-cypher.test.ts fails when one of them
// changes without the constant, or the other way round.
OPTIONAL MATCH (a:Node {id: $from})
OPTIONAL MATCH (b:Node {id: $to})
CALL (a, b) {
  WITH a, b WHERE a IS NOT NULL AND b IS NOT NULL
  MATCH p = SHORTEST 2 GROUPS ((a)((x)-[r:ADVANCES_TO|HAS_ROLE|RELATED_TO|MAPS_TO]->(y)
      WHERE type(r) <> 'HAS_ROLE' OR r.entry = true){1,6}(b)
    WHERE size(r) <= $maxSteps
      AND all(i IN range(0, size(r) - 1) WHERE endNode(r[i]) <> a
        AND all(j IN range(i + 1, size(r) - 1) WHERE endNode(r[i]) <> endNode(r[j]))))
  WITH p, [n IN nodes(p) | n.id] AS ids
  ORDER BY size(ids), ids
  LIMIT $maxPaths
  RETURN collect(p) AS found
}
// Needs as ids, filtered here: the links' properties and the skills' nodes stay in Neo4j (the
// service loads only the few its page shows). Order: edge rank, then id, as neighbours are.
RETURN [l IN labels(a) WHERE l <> 'Node'][0] AS fromLabel,
  [l IN labels(b) WHERE l <> 'Node'][0] AS toLabel,
  [p IN found | {nodes: [n IN nodes(p) | n.id], rels: [r IN relationships(p) | {type: type(r), props: properties(r)}]}] AS paths,
  COLLECT {
    UNWIND found AS p
    UNWIND nodes(p) AS n
    WITH DISTINCT n
    RETURN {
      id: n.id,
      skills: COLLECT {
        MATCH (n)-[q:REQUIRES_SKILL]->(s:Node)
        WHERE NOT coalesce(q.suppressed = true, false) AND (q.importance IS NULL OR q.importance >= $minImportance)
        WITH q, s ORDER BY coalesce(q.rank, 9007199254740991), s.id
        RETURN s.id
      },
      certifications: COLLECT {
        MATCH (n)-[q:REQUIRES_CERTIFICATION]->(c:Node)
        WHERE q.requirement = 'REQUIRED'
        WITH q, c ORDER BY coalesce(q.rank, 9007199254740991), c.id
        RETURN c.id
      }
    }
  } AS stops
