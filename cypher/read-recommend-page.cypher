// What a page of recommendations shows, in one round trip (#13; src/store/recommend-reads.ts):
// the nodes of $ids whole, and the skills each of $candidateIds asks for: the link's few
// figures skillsToAdd ranks by (not all its properties), and the skill without its search
// fields. REQUIRES_SKILL links whose rating is suppressed or below $minImportance count for
// nothing there and are left out. Rows are lists, which decode faster than maps.
RETURN
  COLLECT {
    UNWIND $ids AS id
    MATCH (n:Node {id: id})
    RETURN {id: n.id, label: [l IN labels(n) WHERE l <> 'Node'][0], props: properties(n)}
  } AS nodes,
  COLLECT {
    UNWIND range(0, size($candidateIds) - 1) AS i
    MATCH (c:Node {id: $candidateIds[i]})
    CALL (c) {
      MATCH (c)-[r:REQUIRES_SKILL]->(s:Skill)
      WHERE NOT coalesce(r.suppressed, false) AND (r.importance IS NULL OR r.importance >= $minImportance)
      RETURN 'REQUIRES_SKILL' AS rel, r, s
      UNION ALL
      MATCH (c)-[r:USES_TECHNOLOGY]->(s:Skill)
      RETURN 'USES_TECHNOLOGY' AS rel, r, s
      UNION ALL
      MATCH (c)<-[r:LEADS_TO]-(s:Skill)
      RETURN 'LEADS_TO' AS rel, r, s
    }
    RETURN [i, rel, s.id, s {.*, searchText: null, searchName: null}, r.importance, r.level, coalesce(r.suppressed, false)]
  } AS requirements
