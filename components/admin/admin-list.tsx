'use client';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorState, LoadingState } from '@/components/ui/query-states';
import type { PageInfo } from '@/lib/core/pagination';
import { callEndpoint, type EndpointInput, type EndpointResponse } from '@/lib/http/client';
import type { Route } from '@/lib/http/route';
import { Pager } from './pager';

type Page = { items: unknown[]; page: PageInfo };
type ListEndpoint = Route & { method: 'GET' };

/**
 * One page of an admin list endpoint, keeping the previous page on screen while the next loads.
 * Keys start with 'admin', so an admin action (action-dialog.tsx) refreshes every list.
 */
export function useAdminList<E extends ListEndpoint>(endpoint: E, query: NonNullable<EndpointInput<E>['query']>) {
  const call = callEndpoint as unknown as (endpoint: E, input: { query: typeof query; signal: AbortSignal }) => Promise<EndpointResponse<E>>;
  return useQuery({
    queryKey: ['admin', endpoint.path, query],
    queryFn: ({ signal }) => call(endpoint, { query, signal }),
    placeholderData: keepPreviousData,
  });
}

/** An admin list's loading, error and empty states, then its items (each rendered by `children` as an <li>) and the pager. */
export function AdminList<T extends Page>({
  query,
  loading,
  empty,
  onPage,
  ordered = false,
  gap = 'gap-2',
  'aria-label': ariaLabel,
  children,
}: {
  query: UseQueryResult<T>;
  loading: string;
  empty: string;
  onPage: (page: number) => void;
  ordered?: boolean;
  gap?: 'gap-2' | 'gap-3';
  'aria-label'?: string;
  children: (item: T['items'][number]) => ReactNode;
}) {
  const List = ordered ? 'ol' : 'ul';
  return (
    <>
      {query.isPending ? (
        <LoadingState label={loading} />
      ) : query.isError ? (
        <ErrorState message={query.error.message} onRetry={() => query.refetch()} retrying={query.isFetching} />
      ) : query.data.items.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-stone-600">{empty}</p>
      ) : (
        <List className={`flex flex-col ${gap}`} aria-label={ariaLabel}>
          {query.data.items.map(children)}
        </List>
      )}
      {query.data && <Pager page={query.data.page} onChange={onPage} busy={query.isFetching} />}
    </>
  );
}

/** A filter of an admin list: a labelled select; choosing goes back to the first page (the caller's onChange). */
export function FilterSelect<V extends string>({ label, value, options, onChange }: { label: string; value: V; options: readonly (readonly [V, string])[]; onChange: (value: V) => void }) {
  return (
    <label className="flex items-center gap-1">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value as V)} className="min-h-9 rounded-lg border border-stone-300 bg-white px-2">
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}
