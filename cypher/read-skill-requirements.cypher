// Recommendation candidates (src/features/recommend), part one, in one row: for each of
// $skillIds, [its id, its idf, its requirements as one string (kept on it at load by
// admin-refresh-skill-requirements; built here from its links for a graph loaded before that)].
// The occupations and career roles those strings name are the candidates; their facts are
// read-candidate-facts, which the store skips while it holds them under the version stamp read
// here (admin-stamp-candidate-facts; null when there is none, or more than one). The store
// parses the strings and sorts, as src/store/memory/candidate-facts.ts does.
CALL () {
  OPTIONAL MATCH (m:CareergraphMeta {key: 'candidate-facts'})
  WITH collect(m.version) AS versions
  RETURN CASE WHEN size(versions) = 1 THEN versions[0] END AS version
}
CALL (version) {
  UNWIND $skillIds AS skillId
  MATCH (s:Node {id: skillId})
  RETURN collect([s.id, s.idf, CASE WHEN s.derivedRequirements IS NULL THEN {{skill-requirements}} ELSE s.derivedRequirements END]) AS skills
}
RETURN version, skills
