'use client';
import { useQueryClient } from '@tanstack/react-query';
import { useResyncOnConnect, useSocketEvent } from '@/components/realtime/use-socket-event';
import type { MealPostView } from '@/lib/boards/schema';
import { postKeys, type PostPage } from './post-keys';

/**
 * Applies `post:updated` and `post:deleted` (sent for every post of my 시군구) to every cached
 * board page and post. A post no cached page knows is probably new, so the boards refetch.
 */
export function useLivePosts() {
  const queryClient = useQueryClient();
  useSocketEvent('post:updated', ({ postId, joinNumber, isComplete }) => {
    const patch = (post: MealPostView) => (post.id === postId ? { ...post, joinNumber, isComplete } : post);
    const pages = queryClient.getQueriesData<PostPage>({ queryKey: postKeys.lists });
    const known = pages.some(([, data]) => data?.items.some((p) => p.id === postId));
    queryClient.setQueriesData<PostPage>({ queryKey: postKeys.lists }, (old) => old && { ...old, items: old.items.map(patch) });
    queryClient.setQueryData<MealPostView>(postKeys.detail(postId), (old) => old && patch(old));
    if (!known) void queryClient.invalidateQueries({ queryKey: postKeys.lists });
  });
  useSocketEvent('post:deleted', ({ postId }) => {
    queryClient.setQueriesData<PostPage>({ queryKey: postKeys.lists }, (old) => old && { ...old, items: old.items.filter((p) => p.id !== postId) });
    // Totals and the next page's first post changed; an open detail page refetches into "deleted".
    void queryClient.invalidateQueries({ queryKey: postKeys.lists });
    void queryClient.invalidateQueries({ queryKey: postKeys.detail(postId) });
  });
  // Whatever changed while we were offline.
  useResyncOnConnect(postKeys.all);
}
