import { ApolloClient, HttpLink, InMemoryCache, gql, type ObservableQuery } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';
import { firstValueFrom, filter } from 'rxjs';
import { postGraphQL, seededMemoryStore, serveStoreForSuite } from '../helpers/server';
import { edgeIdentity, PAGED_LISTS } from './connections';
import type { Json } from '../helpers/json';

/**
 * Apollo Client 4, as an app would use it: an InMemoryCache whose paged fields merge with
 * relayStylePagination, and ObservableQuery.fetchMore with `after: pageInfo.endCursor`. Each
 * ranked or paged list is read three pages deep through the cache and compared with the same
 * list asked for in one page.
 */
describe('Apollo Client pages every connection with relayStylePagination', () => {
  const running = serveStoreForSuite(seededMemoryStore);
  const PAGE = 2;
  const PAGES = 3;

  for (const list of PAGED_LISTS) {
    it(`${list.field}: three pages through the cache, no duplicates, stable order`, async () => {
      const client = new ApolloClient({
        link: new HttpLink({ uri: running.app.url, fetch }),
        cache: new InMemoryCache({ typePolicies: { Query: { fields: { [list.field]: relayStylePagination(list.keyArgs) } } } }),
      });
      const query = gql`
        query Paged($first: Int, $after: String) {
          ${list.field}(${list.args}, first: $first, after: $after) {
            totalCount
            pageInfo { hasNextPage endCursor }
            edges { cursor ${list.edge} }
          }
        }`;
      const observable = client.watchQuery({ query, variables: { first: PAGE } });
      const subscription = observable.subscribe(() => undefined);
      try {
        let result = await complete(observable);
        for (let page = 1; page < PAGES; page++) {
          expect(result.data[list.field].pageInfo.hasNextPage).toBe(true);
          await observable.fetchMore({ variables: { after: result.data[list.field].pageInfo.endCursor } });
          result = await complete(observable);
        }
        const merged = result.data[list.field].edges as Array<{ cursor: string; node: { id?: string } }>;
        expect(merged).toHaveLength(PAGE * PAGES);
        expect(new Set(merged.map((e) => e.cursor)).size).toBe(merged.length);
        expect(new Set(merged.map(edgeIdentity)).size).toBe(merged.length);

        const whole = await postGraphQL(running.app.url, `{ ${list.field}(${list.args}, first: ${PAGE * PAGES}) { edges { cursor ${list.edge} } } }`);
        expect(whole.errors).toBeUndefined();
        expect(merged.map(edgeIdentity)).toEqual(whole.data[list.field].edges.map(edgeIdentity));
      } finally {
        subscription.unsubscribe();
        client.stop();
      }
    });
  }
});

/** The query's next complete result (after the first fetch, or a fetchMore). */
async function complete(observable: ObservableQuery<Json>): Promise<{ data: Json }> {
  const current = observable.getCurrentResult();
  if (current.dataState === 'complete' && !current.loading) return current as { data: Json };
  return (await firstValueFrom(observable.pipe(filter((r) => r.dataState === 'complete' && !r.loading)))) as { data: Json };
}
