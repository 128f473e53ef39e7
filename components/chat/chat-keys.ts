/** Query keys shared by the server pages (prefetch) and the chat components. */
export const chatKeys = {
  all: ['chat'] as const,
  rooms: ['chat', 'rooms'] as const,
  room: (id: number) => ['chat', 'room', id] as const,
  members: (id: number) => ['chat', 'room', id, 'members'] as const,
};
