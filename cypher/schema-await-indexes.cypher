// Wait until new indexes are online, so the first search after a load sees every node.
CALL db.awaitIndexes($timeoutSeconds)
