/**
 * The enum object type-graphql's registerEnumType takes ({ A: 'A', … }), made from a vocabulary
 * written once as a const list, so the GraphQL enum cannot drift from the list the code checks
 * against. Keys keep the list's order: the order the schema lists the values in.
 */
export function stringEnum<const T extends readonly string[]>(values: T): { readonly [V in T[number]]: V } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [V in T[number]]: V };
}
