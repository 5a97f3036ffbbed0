// Nodes only an older release created, in the facets a newer one replaces.
MATCH (n:Node)
WHERE n.sourceId IN $stale AND n.facet IN $facets
RETURN n.id AS id, COUNT { (n)--() } AS degree
