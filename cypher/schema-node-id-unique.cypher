// Every node carries the :Node label and a stable id from its natural key: one node per id.
CREATE CONSTRAINT node_id_unique IF NOT EXISTS
FOR (n:Node) REQUIRE n.id IS UNIQUE
