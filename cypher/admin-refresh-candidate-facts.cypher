// Keeps on each occupation and career role the facts recommendations score it on, as one
// string (cypher/candidate-facts.cypher), so a request reads one property of each candidate
// instead of walking its tasks, skills and salary bands. Run after every load and supersession
// (Neo4jStore), with admin-refresh-skill-requirements; the in-memory store counts on first use
// instead. Not exported.
MATCH (c:Node)
WHERE c:Occupation OR c:CareerRole
SET c.derivedCandidateFacts = {{candidate-facts}}
RETURN count(c) AS refreshed
