/** Plain code-unit string order: the order both stores sort ids and names by. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
