// Deletes one batch of careergraph nodes (and their relationships); run until it deletes none.
MATCH (n:Node)
WITH n LIMIT $batch
DETACH DELETE n
RETURN count(*) AS deleted
