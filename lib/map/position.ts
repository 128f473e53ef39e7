/**
 * `at=lat,lng` in a search page's URL: where the person is (LocateMeButton), within the range
 * of the API's `near`. Anything else is ignored and the home dong's centre is used.
 */
export function parsePosition(value: string | undefined): { lat: number; lng: number } | null {
  const match = value?.match(/^(-?\d{1,2}(?:\.\d+)?),(-?\d{1,3}(?:\.\d+)?)$/);
  if (!match) return null;
  const lat = Number(match[1]);
  const lng = Number(match[2]);
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : null;
}
