// One step of a read plan inside cypher/read-plan-typed.cypher: the neighbours of {{parent}} one
// {{rel}} relationship away, paged exactly as cypher/read-neighbours.cypher pages them (edge
// rank, a missing rank last, then id; keyset after (rank, id); `total` counts the filtered list
// before the keyset), with the pages of the steps under each neighbour nested in /*pages*/.
// {{total}} is that count (`COUNT {}` of the step's pattern and filter) when the reader
// selects `totalCount`, else -1: counting is a second expansion per parent.
// The page reads one item more than it returns, so the code knows whether more follow. Each
// item is a list (no map keys to send and decode): its rank {{k}}, its sort key with its id, as
// in cypher/read-neighbours.cypher; its id; its label; the node's properties {{props}}: the
// values of those the plan step names, in its order (`[n1.name, n1.description]`), or a map of
// all of them but the internal ones (`n1 {.*, searchText: null, ...}`, as read-neighbours.cypher);
// likewise the relationship's {{edge}}: the values of the properties the step names (null for
// none), or a map of all of them; then the pages of the steps under it.
// Not a statement: src/store/neo4j/plan-statement.ts fills the {{holes}} with variable names it
// makes ({{parent}}, {{child}}, {{r}}, {{k}}), a pattern whose type and direction come from the
// model's allow-list, label and property filters from the allow-lists, property keys that are
// schema field names (checked as identifiers), and parameter names; every value is a parameter.
{total: {{total}},
 items: COLLECT {
  MATCH {{pattern}} {{filter}}
  WITH {{r}}, {{child}}, coalesce({{r}}.rank, 9007199254740991) AS {{k}}
  {{keyset}}
  ORDER BY {{k}}, {{child}}.id
  LIMIT {{limit}}
  RETURN [{{k}}, {{child}}.id, [l IN labels({{child}}) WHERE l <> 'Node'][0], {{props}}, {{edge}},
    [/*pages*/]]
 }}
