// Removes a property group from one batch of nodes: $nulls maps each of its keys to null.
UNWIND $ids AS id
MATCH (n:Node {id: id})
SET n += $nulls
RETURN count(*) AS cleared
