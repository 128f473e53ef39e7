import { describe, expect, it } from 'vitest';
import { parsePosition } from './position';

describe('parsePosition', () => {
  it('reads "lat,lng" as the browser gave it', () => {
    expect(parsePosition('33.5113,126.5200')).toEqual({ lat: 33.5113, lng: 126.52 });
    expect(parsePosition('-33.9,151.2')).toEqual({ lat: -33.9, lng: 151.2 });
  });

  it('ignores anything else', () => {
    for (const bad of [undefined, '', '33.5', '33.5,', 'a,b', '91,10', '10,181', '33.5,126.5,1', '1e2,3']) expect(parsePosition(bad)).toBeNull();
  });
});
