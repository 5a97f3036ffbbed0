// Recommendation candidates (src/features/recommend), part two, in one row: every occupation
// and every career role with the facts it is scored on as one string (kept on it at load by
// admin-refresh-candidate-facts, built here for a graph loaded before that). All of them, not
// only those the profile's skills reach: this needs no answer of read-skill-requirements, so it
// runs beside it, and a label scan reading one property of each (some 1,100 nationally) costs
// Neo4j less than finding the few hundred a profile reaches by id in its skills' strings.
// The version stamp (admin-stamp-candidate-facts) is read first: facts read after a stamp was
// written are at least as new as it, so the store may keep them under it and skip this
// statement while read-skill-requirements reads the same stamp.
CALL () {
  OPTIONAL MATCH (m:CareergraphMeta {key: 'candidate-facts'})
  WITH collect(m.version) AS versions
  RETURN CASE WHEN size(versions) = 1 THEN versions[0] END AS version
}
CALL () {
  MATCH (c:Occupation)
  RETURN collect([c.id, CASE WHEN c.derivedCandidateFacts IS NULL THEN {{candidate-facts}} ELSE c.derivedCandidateFacts END]) AS occupations
}
CALL () {
  MATCH (c:CareerRole)
  RETURN collect([c.id, CASE WHEN c.derivedCandidateFacts IS NULL THEN {{candidate-facts}} ELSE c.derivedCandidateFacts END]) AS roles
}
RETURN version, occupations, roles
