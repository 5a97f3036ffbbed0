/** The node ids of the graph the facts will be loaded into: only these are written to. */
export interface KnownNodes {
  /** O*NET task ids, `task:<code>:onet-<Task ID>`; labels of other tasks are counted, not written. */
  taskIds: ReadonlySet<string>;
  /** Occupation ids, `occupation:<code>`. */
  occupationIds: ReadonlySet<string>;
  /** Task id → its text in the graph, when known: labelled tasks worded otherwise are reported. */
  taskTexts?: ReadonlyMap<string, string>;
}
