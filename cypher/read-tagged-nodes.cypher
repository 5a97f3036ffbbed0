// Nodes holding a property group an older release wrote (its tag property names the release).
MATCH (n:Node)
WHERE n[$tag] IN $stale
RETURN n.id AS id
