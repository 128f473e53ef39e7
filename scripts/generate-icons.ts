/*
 * Makes every icon from public/icons/icon.svg: the manifest's PNGs (any and maskable), the
 * Apple touch icon and app/favicon.ico. Run after changing the SVG: `npx tsx scripts/generate-icons.ts`.
 * The outputs are committed, so builds need no image step.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import sharp from 'sharp';

const svg = readFileSync('public/icons/icon.svg');
const BRAND = '#c2410c';

const png = (size: number) => sharp(svg, { density: 300 }).resize(size, size).png().toBuffer();

/** Maskable: full-bleed brand colour with the artwork inside the 80% safe zone. */
async function maskable(size: number) {
  const inner = Math.round(size * 0.72);
  const art = await sharp(svg, { density: 300 }).resize(inner, inner).png().toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
    .composite([{ input: art, gravity: 'center' }])
    .png()
    .toBuffer();
}

/** An ICO holding PNG images (allowed since Windows Vista, read by every browser). */
function ico(images: { size: number; data: Buffer }[]) {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(({ size, data }, i) => {
    const entry = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(data.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

for (const size of [192, 512]) writeFileSync(`public/icons/icon-${size}.png`, await png(size));
for (const size of [192, 512]) writeFileSync(`public/icons/maskable-${size}.png`, await maskable(size));
writeFileSync('public/icons/apple-touch-icon.png', await maskable(180));
writeFileSync('app/favicon.ico', ico([{ size: 16, data: await png(16) }, { size: 32, data: await png(32) }, { size: 48, data: await png(48) }]));
console.log('icons written');
