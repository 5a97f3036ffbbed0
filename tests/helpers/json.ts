/**
 * JSON as tests read it (a GraphQL answer, a log line, a query plan): walked by the names the
 * query selected, so a type per query would only restate the query. The tests' one `any`.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Json = any;
