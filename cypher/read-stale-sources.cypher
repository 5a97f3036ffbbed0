// The DataSource nodes of other releases of a data set (src/model/provenance.ts, Supersession).
MATCH (d:DataSource {dataset: $dataset})
WHERE d.release <> $release
RETURN d.id AS id, d.release AS release, coalesce(d.covers, []) AS covers
ORDER BY d.id
