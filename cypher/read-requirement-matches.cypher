// Every occupation or career role that requires one of $skillIds (REQUIRES_SKILL) or uses it
// (USES_TECHNOLOGY), with the link's O*NET importance and level. Order: candidate id, then
// skill id, then relationship type (src/store/memory/candidate-facts.ts does the same).
UNWIND $skillIds AS skillId
MATCH (s:Node {id: skillId})<-[r:REQUIRES_SKILL|USES_TECHNOLOGY]-(c:Node)
WHERE c:Occupation OR c:CareerRole
WITH c.id AS candidateId, s.id AS skillId, type(r) AS rel, r.importance AS importance, r.level AS level
ORDER BY candidateId, skillId, rel
RETURN candidateId, collect({skillId: skillId, rel: rel, importance: importance, level: level}) AS matches
