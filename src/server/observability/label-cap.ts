/**
 * Client-chosen values (operation names) as metric labels, with bounded cardinality: a value
 * that is not a GraphQL name of at most 64 characters, or that comes after the first `max`
 * distinct ones, is counted as "other", so that a client inventing names cannot grow the
 * metrics without bound. Once admitted, a name stays (a Prometheus series cannot be taken back).
 */
export class LabelCap {
  private readonly admitted = new Set<string>();

  constructor(
    private readonly max: number,
    private readonly pattern = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/,
  ) {}

  label(value: string | null | undefined): string {
    if (!value) return 'anonymous';
    if (this.admitted.has(value)) return value;
    if (!this.pattern.test(value) || this.admitted.size >= this.max) return 'other';
    this.admitted.add(value);
    return value;
  }
}
