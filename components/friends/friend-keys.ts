/** Query keys of the friends page. */
export const friendKeys = {
  all: ['friends'] as const,
  list: ['friends', 'list'] as const,
  blocks: ['friends', 'blocks'] as const,
  search: (q: string) => ['friends', 'search', q] as const,
};
