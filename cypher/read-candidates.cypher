// Recommendation and similarity candidates (src/features/recommend), in one read: every
// occupation or career role that one of $skillIds is a requirement of (it REQUIRES_SKILL or
// USES_TECHNOLOGY it, or the skill LEADS_TO the role), and those of $extraIds; each with its
// matches among $skillIds (as [skill id, type, importance, level]: lists decode faster than
// maps) and the facts it is scored on: job zone, the importances of its REQUIRES_SKILL links
// (null where unrated), the skills that lead to it, its technologies, its tasks' automation
// levels and its salary bands. The store derives the rest and sorts rows and lists, as
// src/store/memory/candidate-facts.ts does (Cypher cannot sort a list without APOC).
CALL () {
  // The classified tasks are few: read them all once (task_automation_level index).
  MATCH (t:Task) WHERE t.automationLevel IS NOT NULL
  MATCH (o:Node)-[:HAS_TASK]->(t)
  RETURN collect({id: o.id, level: t.automationLevel}) AS classified
}
CALL () {
  UNWIND $skillIds AS skillId
  MATCH (s:Node {id: skillId})
  CALL (s) {
    MATCH (s)<-[r:REQUIRES_SKILL|USES_TECHNOLOGY]-(c:Node)
    WHERE c:Occupation OR c:CareerRole
    RETURN c, [s.id, type(r), r.importance, r.level] AS match
    UNION ALL
    MATCH (s)-[:LEADS_TO]->(c:CareerRole)
    RETURN c, [s.id, 'LEADS_TO', null, null] AS match
  }
  RETURN c, match
  UNION ALL
  UNWIND $extraIds AS extraId
  MATCH (c:Node {id: extraId})
  WHERE c:Occupation OR c:CareerRole
  RETURN c, null AS match
}
WITH classified, c, collect(match) AS matches
RETURN c.id AS id,
  CASE WHEN c:Occupation THEN 'Occupation' ELSE 'CareerRole' END AS label,
  c.jobZone AS jobZone,
  matches,
  [(c)-[r:REQUIRES_SKILL]->() | r.importance] AS importances,
  COUNT { (c)<-[:LEADS_TO]-(:Skill) } AS leadingSkills,
  COUNT { (c)-[:USES_TECHNOLOGY]->() } AS technologies,
  [x IN classified WHERE x.id = c.id | x.level] AS taskLevels,
  [(c)-[:HAS_SALARY_BAND]->(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}]
    + [(c)<-[:PAYS_ROLE]-(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}] AS salaryBands
