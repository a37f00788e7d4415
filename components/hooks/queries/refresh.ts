import type { QueryClient, QueryKey } from '@tanstack/react-query';

/**
 * Refetch after a mutation. invalidateQueries alone joins a first fetch that is still in
 * flight (it only cancels fetches of queries that already have data), and that fetch may
 * have been answered before the mutation committed: cancel it first, then refetch.
 */
export async function refresh(client: QueryClient, queryKey: QueryKey) {
  await client.cancelQueries({ queryKey });
  await client.invalidateQueries({ queryKey });
}
