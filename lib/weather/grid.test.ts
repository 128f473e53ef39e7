import { describe, expect, it } from 'vitest';
import { toGrid } from './grid';

describe('KMA DFS grid conversion', () => {
  it.each([
    ['서울 (시청)', 37.5665, 126.978, 60, 127],
    ['서울 종로구', 37.5735, 126.9788, 60, 127],
    ['제주시', 33.4996, 126.5312, 53, 38],
    ['부산 (부산시청)', 35.1798, 129.075, 98, 76],
    ['grid origin 38°N 126°E', 38, 126, 43, 136],
  ])('%s → (%d, %d)', (_name, lat, lng, nx, ny) => {
    expect(toGrid(lat, lng)).toEqual({ nx, ny });
  });
});
