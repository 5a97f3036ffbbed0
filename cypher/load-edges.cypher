// Idempotent batch upsert of relationships, unique per (type, from, to). A relationship is one
// source's fact, so restating it replaces its properties (a node's merge, as several sources
// describe one node).
UNWIND $rows AS row
MATCH (a:Node {id: row.from})
MATCH (b:Node {id: row.to})
MERGE (a)-[r:$(row.type)]->(b)
SET r = row.props
