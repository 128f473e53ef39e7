/** Stable codes stored in the database; the Korean labels live in lib/community/categories.ts. */
export const communityCategories = ['question', 'daily', 'food', 'lost', 'hobby', 'exercise', 'info'] as const;
export type CommunityCategory = (typeof communityCategories)[number];
