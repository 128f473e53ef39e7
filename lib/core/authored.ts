import type { User } from '@/db/schema';

/** The columns a neighbourhood post (meal board or 동네생활) starts with: who wrote what, and where. */
export function authoredBy<C extends string>(author: Pick<User, 'id' | 'neighbourhoodCode'>, input: { title: string; category: C; content: string }) {
  return { authorId: author.id, neighbourhoodCode: author.neighbourhoodCode, title: input.title, category: input.category, content: input.content };
}
