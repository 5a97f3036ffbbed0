// What a recommendation starts from, in one round trip (#13; src/store/recommend-reads.ts):
// the nodes of $ids whole, the nodes whose searchName equals each of $names (of $labels, as
// read-nodes-by-name finds them), and around $around the neighbours over each of $hops and,
// over a hop's `next`, theirs: ids, labels and edges only, which is all relatedness reads.
// The store sorts and cuts the neighbour lists (edge rank, then id), as the in-memory store does.
RETURN
  COLLECT {
    UNWIND $ids AS id
    MATCH (n:Node {id: id})
    RETURN {id: n.id, label: [l IN labels(n) WHERE l <> 'Node'][0], props: properties(n)}
  } AS nodes,
  COLLECT {
    UNWIND range(0, size($names) - 1) AS i
    MATCH (n:Node)
    WHERE n.searchName = $names[i]
    WITH i, n, [l IN labels(n) WHERE l <> 'Node'][0] AS label
    WHERE size($labels) = 0 OR label IN $labels
    RETURN {name: i, id: n.id, label: label, props: properties(n)}
  } AS named,
  COLLECT {
    UNWIND range(0, size($hops) - 1) AS h
    WITH h, $hops[h] AS hop
    WHERE $around IS NOT NULL
    CALL (hop) {
      MATCH (:Node {id: $around})-[r:$(hop.rel)]->(m:Node)
      WHERE hop.direction = 'OUT'
      RETURN r, m
      UNION ALL
      MATCH (:Node {id: $around})<-[r:$(hop.rel)]-(m:Node)
      WHERE hop.direction = 'IN'
      RETURN r, m
    }
    WITH h, hop, r, m, [l IN labels(m) WHERE l <> 'Node'][0] AS label
    WHERE size(hop.labels) = 0 OR label IN hop.labels
    CALL (hop, m) {
      WITH hop.next AS next
      WHERE next IS NOT NULL
      CALL (next, m) {
        MATCH (m)-[r:$(next.rel)]->(x:Node)
        WHERE next.direction = 'OUT'
        RETURN r, x
        UNION ALL
        MATCH (m)<-[r:$(next.rel)]-(x:Node)
        WHERE next.direction = 'IN'
        RETURN r, x
      }
      WITH next, r, x, [l IN labels(x) WHERE l <> 'Node'][0] AS label
      WHERE size(next.labels) = 0 OR label IN next.labels
      RETURN collect({id: x.id, label: label, edge: properties(r)}) AS next
    }
    RETURN {hop: h, id: m.id, label: label, edge: properties(r), next: coalesce(next, [])}
  } AS around
