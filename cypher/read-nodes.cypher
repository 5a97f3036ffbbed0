// The nodes of $ids with their properties; the candidate facts derived at load (admin-refresh-candidate-facts.cypher,
// read by read-skill-requirements.cypher and read-candidate-facts.cypher) are not among them, as in the in-memory store, which keeps them apart.
UNWIND $ids AS id
MATCH (n:Node {id: id})
RETURN n.id AS id, [l IN labels(n) WHERE l <> 'Node'][0] AS label, n {.*, derivedCandidateFacts: null, derivedRequirements: null} AS props
