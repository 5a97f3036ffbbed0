// Idempotent batch upsert: properties merge into what the node already has, as in memory.
UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n += row.props
SET n:$(row.label)
