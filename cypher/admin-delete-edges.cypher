// Deletes one batch of relationships, each named by (from id, type, to id).
UNWIND $rows AS row
MATCH (:Node {id: row.from})-[r:$(row.type)]->(:Node {id: row.to})
DELETE r
RETURN count(*) AS deleted
