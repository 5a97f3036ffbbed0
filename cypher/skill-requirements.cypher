// A fragment, not a statement: an expression of the skill `s`, every requirement of it as one
// string, which recommendations read instead of walking the skill's links (read-skill-requirements).
// For each link from an occupation or career role that REQUIRES_SKILL, ESTIMATED_SKILL or
// USES_TECHNOLOGY it, and each career role it LEADS_TO, five words: the candidate's id, the
// link (0, 1, 2, 3 in that order), its importance, the level it asks (null when O*NET
// suppresses it or rates it not relevant) and flags (1 suppressed, 2 in demand); "null" where
// there is none. One string because the driver decodes one long value many times faster than
// thousands of small ones (bench/RESULTS.md, 2026-11-28 session 21).
reduce(out = '', x IN [(s)<-[r:REQUIRES_SKILL|ESTIMATED_SKILL|USES_TECHNOLOGY]-(c:Node) WHERE c:Occupation OR c:CareerRole |
    c.id + ' ' + CASE type(r) WHEN 'REQUIRES_SKILL' THEN '0' WHEN 'ESTIMATED_SKILL' THEN '1' ELSE '2' END
    + ' ' + coalesce(toString(r.importance), 'null')
    + ' ' + CASE WHEN coalesce(r.levelSuppressed, false) OR coalesce(r.notRelevant, false) THEN 'null' ELSE coalesce(toString(r.level), 'null') END
    + ' ' + toString(CASE WHEN coalesce(r.suppressed, false) THEN 1 ELSE 0 END + CASE WHEN coalesce(r.inDemand, false) THEN 2 ELSE 0 END)]
  + [(s)-[:LEADS_TO]->(c:CareerRole) | c.id + ' 3 null null 0'] | out + x + ' ')
