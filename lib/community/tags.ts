export const MAX_TAGS = 5;
export const MAX_TAG_LENGTH = 20;

/**
 * A tag as stored: no '#', no whitespace (so "#동네 맛집" and "동네맛집" are one tag),
 * lower-case. Empty results are dropped by the schema.
 */
export const normaliseTag = (raw: string) => raw.replace(/[#\s]+/g, '').toLowerCase();
