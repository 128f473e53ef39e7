/** Per uploaded file, before processing (also shown by the upload forms). */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;
export const MAX_SPACE_IMAGES = 10;

/** Where a stored key is served (app/api/images/[...key]); keys are never reused, so responses cache forever. */
export const imageUrl = (key: string) => `/api/images/${key}`;
