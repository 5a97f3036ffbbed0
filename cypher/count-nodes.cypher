MATCH (n:Node)
RETURN [l IN labels(n) WHERE l <> 'Node'][0] AS key, count(*) AS count
