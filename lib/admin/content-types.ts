/** The kinds of content the admin content list filters by (the client's tabs import this without zod). */
export const contentTypes = ['post', 'message', 'game', 'space', 'community_post', 'community_comment'] as const;
