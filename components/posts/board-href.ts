/** A board address with its filters as a query string, leaving out empty ones and page 1. */
export function withSearch(base: string, filters: Record<string, string | number | null | undefined>): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filters)) {
    if (value !== null && value !== undefined && value !== '' && !(key === 'page' && value === 1)) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${base}?${search}` : base;
}
