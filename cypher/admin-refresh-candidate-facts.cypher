// Keeps on each occupation and career role the counts recommendations score it on, so a
// request reads two properties instead of walking its tasks and skills: its tasks per
// automation level (automatable, AI-assisted, human-core) and its unrated requirements
// (curated REQUIRES_SKILL links and skills that LEADS_TO it). Run after every load and
// supersession (Neo4jStore); the in-memory store counts on first use instead. Not exported.
MATCH (c:Node)
WHERE c:Occupation OR c:CareerRole
WITH c,
  COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'AUTOMATABLE' } AS automatable,
  COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'AI_ASSISTED' } AS assisted,
  COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'HUMAN_CORE' } AS humanCore,
  COUNT { (c)-[r:REQUIRES_SKILL]->() WHERE r.importance IS NULL } + COUNT { (c)<-[:LEADS_TO]-(:Skill) } AS unrated
SET c.derivedAutomationCounts = [automatable, assisted, humanCore], c.derivedUnratedSkills = unrated
RETURN count(c) AS refreshed
