// Every occupation or career role that requires one of $skillIds (REQUIRES_SKILL), uses it
// (USES_TECHNOLOGY) or, for a role, that the skill LEADS_TO; with the link's O*NET importance
// and level. Order: candidate id, then skill id, then relationship type
// (src/store/memory/candidate-facts.ts does the same).
UNWIND $skillIds AS skillId
MATCH (s:Node {id: skillId})
CALL (s) {
  MATCH (s)<-[r:REQUIRES_SKILL|USES_TECHNOLOGY]-(c:Node)
  WHERE c:Occupation OR c:CareerRole
  RETURN c, type(r) AS rel, r.importance AS importance, r.level AS level
  UNION ALL
  MATCH (s)-[:LEADS_TO]->(c:CareerRole)
  RETURN c, 'LEADS_TO' AS rel, null AS importance, null AS level
}
WITH c.id AS candidateId, s.id AS skillId, rel, importance, level
ORDER BY candidateId, skillId, rel
RETURN candidateId, collect({skillId: skillId, rel: rel, importance: importance, level: level}) AS matches
