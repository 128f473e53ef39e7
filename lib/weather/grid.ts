/**
 * Latitude/longitude → the KMA forecast grid (5 km cells), the Lambert conformal conic "DFS"
 * projection from the 기상청 단기예보 API guide: Earth radius 6371.00877 km, standard parallels
 * 30°N and 60°N, origin 126°E 38°N at grid point (43, 136).
 */
const RE = 6371.00877;
const GRID = 5.0;
const SLAT1 = 30.0;
const SLAT2 = 60.0;
const OLON = 126.0;
const OLAT = 38.0;
const XO = 43;
const YO = 136;

const DEGRAD = Math.PI / 180;
const re = RE / GRID;
const slat1 = SLAT1 * DEGRAD;
const slat2 = SLAT2 * DEGRAD;
const olon = OLON * DEGRAD;
const olat = OLAT * DEGRAD;
const quarter = (lat: number) => Math.tan(Math.PI * 0.25 + lat * 0.5);
const sn = Math.log(Math.cos(slat1) / Math.cos(slat2)) / Math.log(quarter(slat2) / quarter(slat1));
const sf = (Math.pow(quarter(slat1), sn) * Math.cos(slat1)) / sn;
const ro = (re * sf) / Math.pow(quarter(olat), sn);

export type GridPoint = { nx: number; ny: number };

export function toGrid(lat: number, lng: number): GridPoint {
  const ra = (re * sf) / Math.pow(quarter(lat * DEGRAD), sn);
  let theta = lng * DEGRAD - olon;
  if (theta > Math.PI) theta -= 2 * Math.PI;
  if (theta < -Math.PI) theta += 2 * Math.PI;
  theta *= sn;
  return { nx: Math.floor(ra * Math.sin(theta) + XO + 0.5), ny: Math.floor(ro - ra * Math.cos(theta) + YO + 0.5) };
}
