import 'server-only';
import { env } from '@/lib/env';

const OSM = {
  url: 'https://tile.openstreetmap.org/{z}/{x}/{y}.png',
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
};

/** The map's tile server: MAP_TILE_URL (and its MAP_TILE_ATTRIBUTION) or OpenStreetMap's. */
export function tileConfig(): { url: string; attribution: string } {
  const { MAP_TILE_URL: url, MAP_TILE_ATTRIBUTION } = env();
  return url ? { url, attribution: MAP_TILE_ATTRIBUTION?.trim() || OSM.attribution } : OSM;
}
