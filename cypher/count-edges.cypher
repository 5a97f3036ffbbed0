MATCH (:Node)-[r]->(:Node)
RETURN type(r) AS key, count(*) AS count
