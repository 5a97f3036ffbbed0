// Deletes one batch of nodes, by id, with their relationships.
UNWIND $ids AS id
MATCH (n:Node {id: id})
DETACH DELETE n
RETURN count(*) AS deleted
