/**
 * The bytes a JSON Response was made from, for the server that writes it (lib/process/direct-api.ts):
 * it sends them as they are instead of reading the Response's body stream back into a buffer.
 * A shared page's bytes are the same Buffer for every viewer (lib/core/shared-pages.ts), which
 * is what lets the direct path keep one gzip per page.
 */
const bytesOf = new WeakMap<Response, Buffer>();

export function rememberBytes(response: Response, bytes: Buffer): Response {
  bytesOf.set(response, bytes);
  return response;
}

/** The body's bytes when `rememberBytes` knows them; the Response's own body stream stays unread. */
export const rememberedBytes = (response: Response): Buffer | undefined => bytesOf.get(response);
