// Cheapest read that proves connectivity, credentials and the database all work.
RETURN 1 AS ok
