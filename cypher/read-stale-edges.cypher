// Relationships an older release stated in the facets a newer one replaces. One scan of the
// relationships: supersession runs once per import, never per request.
MATCH (a:Node)-[r]->(b:Node)
WHERE r.sourceId IN $stale AND r.facet IN $facets
RETURN a.id AS from, type(r) AS type, b.id AS to
