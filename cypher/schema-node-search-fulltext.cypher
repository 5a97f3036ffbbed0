// searchText holds lower-case ASCII words joined by spaces (src/model/search-text.ts), so the
// whitespace analyser yields exactly the words the in-memory store matches against.
CREATE FULLTEXT INDEX node_search IF NOT EXISTS
FOR (n:Node) ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'whitespace', `fulltext.eventually_consistent`: false } }
