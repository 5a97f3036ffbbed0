// Keeps on each skill its requirements as one string (cypher/skill-requirements.cypher), so a
// recommendation reads one property per profile skill instead of every link to it. Run with
// admin-refresh-candidate-facts after every load and supersession. Not exported.
MATCH (s:Skill)
SET s.derivedRequirements = {{skill-requirements}}
RETURN count(s) AS refreshed
