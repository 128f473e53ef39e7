/** A point on the map: its popup shows the title (a link to `href`) and a few lines of detail. */
export type MapMarker = { id: number; lat: number; lng: number; title: string; lines: string[]; href: string };
export type TileConfig = { url: string; attribution: string };
/** A WGS84 point, as the API takes and gives coordinates. */
export type MapPoint = { lat: number; lng: number };
