// Exact-name lookups (read-nodes-by-name) find nodes by searchName.
CREATE INDEX node_search_name IF NOT EXISTS
FOR (n:Node) ON (n.searchName)
