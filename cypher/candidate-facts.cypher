// A fragment, not a statement: an expression of the occupation or career role `c`, the facts a
// recommendation scores it on as one string (for the reason skill-requirements.cypher gives).
// Words: job zone, skill importance mean, skill weight norm, technology idf sum (kept on it at
// import), whether its ratings are estimated, its unrated requirements (curated REQUIRES_SKILL
// links without an importance, and skills that LEADS_TO it), its tasks per automation level
// (automatable, AI-assisted, human-core), then five words per salary band (an occupation's
// HAS_SALARY_BAND, a role's incoming PAYS_ROLE): id, minYears, maxYears, minAnnual, maxAnnual.
// "null" where there is none.
coalesce(toString(c.jobZone), 'null') + ' ' + coalesce(toString(c.skillImportanceMean), 'null')
  + ' ' + coalesce(toString(c.skillWeightNorm), 'null') + ' ' + coalesce(toString(c.technologyIdfSum), 'null')
  + ' ' + toString(c.skillsEstimatedFrom IS NOT NULL)
  + ' ' + toString(COUNT { (c)-[r:REQUIRES_SKILL]->() WHERE r.importance IS NULL } + COUNT { (c)<-[:LEADS_TO]-(:Skill) })
  + ' ' + toString(COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'AUTOMATABLE' })
  + ' ' + toString(COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'AI_ASSISTED' })
  + ' ' + toString(COUNT { (c)-[:HAS_TASK]->(t:Task) WHERE t.automationLevel = 'HUMAN_CORE' })
  + reduce(out = '', b IN [(c)-[:HAS_SALARY_BAND]->(b:SalaryBand) | b] + [(c)<-[:PAYS_ROLE]-(b:SalaryBand) | b] |
    out + ' ' + b.id + ' ' + coalesce(toString(b.minYears), 'null') + ' ' + coalesce(toString(b.maxYears), 'null')
    + ' ' + coalesce(toString(b.minAnnual), 'null') + ' ' + coalesce(toString(b.maxAnnual), 'null'))
