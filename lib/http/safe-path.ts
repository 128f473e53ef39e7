const BASE = 'http://dongne.invalid';
// Browsers read a backslash as a slash and drop tabs and newlines from URLs, so `/\evil` and
// `/<tab>/evil` become `//evil`: a path carrying any of them (or their %-escapes) is refused.
const UNSAFE = /[\\\u0000-\u001f\u007f]/;

/**
 * `path` when it is a path on this site, else `fallback`: for redirects after login and
 * onboarding, where the target comes from the query string. Shared by server and client code.
 */
export function safePath(path: string | null | undefined, fallback = '/'): string {
  if (typeof path !== 'string' || !path.startsWith('/')) return fallback;
  let decoded = path;
  for (let i = 0; i < 3; i++) {
    if (UNSAFE.test(decoded) || decoded.startsWith('//')) return fallback;
    let next: string;
    try {
      next = decodeURIComponent(decoded);
    } catch {
      return fallback;
    }
    if (next === decoded) break;
    decoded = next;
  }
  if (UNSAFE.test(decoded) || decoded.startsWith('//')) return fallback;
  const url = new URL(path, BASE);
  return url.origin === BASE ? `${url.pathname}${url.search}${url.hash}` : fallback;
}
