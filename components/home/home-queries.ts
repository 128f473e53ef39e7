import type { BoardQuery } from '@/components/boards/post-keys';

/**
 * The 시군구's newest posts still recruiting, as the home page prefetches them on the server and
 * the client keeps them. It lives outside the 'use client' module: imported from one, a server
 * component would get a client reference instead of the object (and `size` undefined).
 */
export const nearbyOpenPostsQuery = { category: null, scope: 'sigungu', status: 'open', page: 1, size: 5 } as const satisfies BoardQuery;
