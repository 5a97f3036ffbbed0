// Idempotent batch upsert of relationships, unique per (type, from, to).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r += row.props
