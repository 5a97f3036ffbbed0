// What an older release still covers once a newer one replaced some of its facets.
MATCH (d:DataSource {id: $id})
SET d.covers = $covers
RETURN d.id AS id
