import sharp from 'sharp';

/** Warm and cool palettes for the demo rooms' photos (no text, just soft shapes). */
const palettes = [
  ['#fde68a', '#f59e0b', '#b45309'],
  ['#bfdbfe', '#3b82f6', '#1e3a8a'],
  ['#bbf7d0', '#22c55e', '#14532d'],
  ['#fbcfe8', '#ec4899', '#831843'],
  ['#ddd6fe', '#8b5cf6', '#4c1d95'],
];

/** A 1200×900 PNG: a diagonal gradient with a few translucent circles and a floor band. */
export function demoPhoto(seed: number): Promise<Buffer> {
  const [light, mid, dark] = palettes[seed % palettes.length]!;
  const circles = [0, 1, 2]
    .map((i) => {
      const x = 200 + ((seed * 317 + i * 389) % 800);
      const y = 150 + ((seed * 211 + i * 173) % 450);
      const r = 80 + ((seed * 97 + i * 61) % 140);
      return `<circle cx="${x}" cy="${y}" r="${r}" fill="${i % 2 ? light : mid}" fill-opacity="0.45"/>`;
    })
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="900">
    <defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${light}"/><stop offset="1" stop-color="${mid}"/></linearGradient></defs>
    <rect width="1200" height="900" fill="url(#g)"/>${circles}
    <rect y="690" width="1200" height="210" fill="${dark}" fill-opacity="0.55"/>
  </svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}
