// Recommendation candidates (src/features/recommend), in one read and one row. `skills`: for
// each of $skillIds, [its id, its idf, its requirements as one string (kept on it at load by
// admin-refresh-skill-requirements; built here from its links for a graph loaded before that)].
// `candidates`: every occupation or career role one of those strings names, and those of
// $extraIds, each with the facts it is scored on as one string (kept on it at load by
// admin-refresh-candidate-facts, built here for a graph loaded before that). The store parses
// the strings and sorts, as src/store/memory/candidate-facts.ts does.
CALL () {
  UNWIND $skillIds AS skillId
  MATCH (s:Node {id: skillId})
  RETURN collect([s.id, s.idf, CASE WHEN s.derivedRequirements IS NULL THEN {{skill-requirements}} ELSE s.derivedRequirements END]) AS skills
}
CALL (skills) {
  UNWIND skills AS skill
  WITH split(skill[2], ' ') AS words
  UNWIND range(0, size(words) / 5 - 1) AS i
  RETURN words[5 * i] AS id
  UNION
  UNWIND $extraIds AS id
  RETURN id
}
MATCH (c:Node {id: id})
WHERE c:Occupation OR c:CareerRole
RETURN skills, collect([c.id, CASE WHEN c:Occupation THEN 'Occupation' ELSE 'CareerRole' END,
  CASE WHEN c.derivedCandidateFacts IS NULL THEN {{candidate-facts}} ELSE c.derivedCandidateFacts END]) AS candidates
