// Which of these ids name no node yet (edges may point only at nodes that exist).
UNWIND $ids AS id
OPTIONAL MATCH (n:Node {id: id})
WITH id, n
WHERE n IS NULL
RETURN collect(id) AS missing
