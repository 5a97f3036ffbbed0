// What a recommendation scores each candidate on (src/features/recommend): job zone, its
// rated skill importances at or above $minImportance, its unrated (curated) skills, its
// technologies, its tasks' automation levels and its salary bands. Cypher cannot sort a list
// without APOC, so the store sorts the lists as src/store/memory/candidate-facts.ts does.
UNWIND range(0, size($ids) - 1) AS i
MATCH (c:Node {id: $ids[i]})
RETURN i AS index,
  c.id AS id,
  [l IN labels(c) WHERE l <> 'Node'][0] AS label,
  c.jobZone AS jobZone,
  [(c)-[r:REQUIRES_SKILL]->(:Skill) WHERE r.importance >= $minImportance | r.importance] AS ratedImportances,
  COUNT { (c)-[r:REQUIRES_SKILL]->(:Skill) WHERE r.importance IS NULL } + COUNT { (c)<-[:LEADS_TO]-(:Skill) } AS unratedSkills,
  COUNT { (c)-[:USES_TECHNOLOGY]->() } AS technologies,
  [(c)-[:HAS_TASK]->(t) WHERE t.automationLevel IS NOT NULL | t.automationLevel] AS taskLevels,
  [(c)-[:HAS_SALARY_BAND]->(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}]
    + [(c)<-[:PAYS_ROLE]-(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}] AS salaryBands
