/** `s` with LIKE's wildcards and its escape character escaped, so that it matches only itself. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** A LIKE pattern for any text that contains `s`. */
export const containsPattern = (s: string) => `%${escapeLike(s)}%`;
