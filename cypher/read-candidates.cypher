// Recommendation candidates (src/features/recommend), in one read: every occupation or career
// role that one of $skillIds is a requirement of (it REQUIRES_SKILL, ESTIMATED_SKILL or
// USES_TECHNOLOGY it, or the skill LEADS_TO the role), and those of $extraIds; each with its
// matches among $skillIds (as [skill id, type, importance, usable level, suppressed, in
// demand, idf]: lists decode faster than maps) and the facts it is scored on: job zone, the
// figures kept on it at import and after each load (admin-refresh-candidate-facts: how many
// unrated skills it asks, its tasks per automation level) and its salary bands. The store sorts rows and lists, as src/store/memory/candidate-facts.ts
// does (Cypher cannot sort a list without APOC).
CALL () {
  UNWIND $skillIds AS skillId
  MATCH (s:Node {id: skillId})
  CALL (s) {
    MATCH (s)<-[r:REQUIRES_SKILL|ESTIMATED_SKILL|USES_TECHNOLOGY]-(c:Node)
    WHERE c:Occupation OR c:CareerRole
    RETURN c, [s.id, type(r), r.importance,
      CASE WHEN coalesce(r.levelSuppressed, false) OR coalesce(r.notRelevant, false) THEN null ELSE r.level END,
      coalesce(r.suppressed, false), coalesce(r.inDemand, false),
      CASE WHEN type(r) = 'USES_TECHNOLOGY' THEN s.idf ELSE null END] AS match
    UNION ALL
    MATCH (s)-[:LEADS_TO]->(c:CareerRole)
    RETURN c, [s.id, 'LEADS_TO', null, null, false, false, null] AS match
  }
  RETURN c, match
  UNION ALL
  UNWIND $extraIds AS extraId
  MATCH (c:Node {id: extraId})
  WHERE c:Occupation OR c:CareerRole
  RETURN c, null AS match
}
WITH c, collect(match) AS matches
RETURN c.id AS id,
  CASE WHEN c:Occupation THEN 'Occupation' ELSE 'CareerRole' END AS label,
  c.jobZone AS jobZone, c.skillImportanceMean AS skillImportanceMean, c.skillWeightNorm AS skillWeightNorm,
  c.technologyIdfSum AS technologyIdfSum, c.skillsEstimatedFrom IS NOT NULL AS estimated,
  matches,
  coalesce(c.derivedUnratedSkills, 0) AS unratedSkills,
  coalesce(c.derivedAutomationCounts, [0, 0, 0]) AS automationCounts,
  [(c)-[:HAS_SALARY_BAND]->(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}]
    + [(c)<-[:PAYS_ROLE]-(b:SalaryBand) | b {.id, .minYears, .maxYears, .minAnnual, .maxAnnual}] AS salaryBands
