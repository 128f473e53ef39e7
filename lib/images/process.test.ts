import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { DomainError } from '@/lib/core/domain-error';
import { testImage } from '@/tests/support/images';
import { avatarVariants, encodeImage, spaceVariants } from './process';

const failure = (promise: Promise<unknown>) => promise.then(() => null, (e: unknown) => e as DomainError);

describe('encodeImage', () => {
  it('accepts jpeg, png, webp and gif by their bytes and writes WebP', async () => {
    for (const format of ['jpeg', 'png', 'webp', 'gif'] as const) {
      const [display] = await encodeImage(await testImage(120, 80, format), spaceVariants);
      expect((await sharp(display!.bytes).metadata()).format, format).toBe('webp');
    }
  });

  it('refuses bytes that are not an image whatever the file claims, naming the field', async () => {
    const error = await failure(encodeImage(Buffer.from('I am a text file named photo.jpg'), spaceVariants, 'files'));
    expect(error).toBeInstanceOf(DomainError);
    expect(error!.code).toBe('invalid');
    expect(error!.extra.fields?.files?.[0]).toMatch(/이미지만/);
  });

  it('refuses SVG, which is an image sharp decodes but we do not serve', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    expect((await failure(encodeImage(svg, spaceVariants)))!.code).toBe('invalid');
  });

  it('refuses a truncated image whose header still parses', async () => {
    const whole = await sharp({ create: { width: 300, height: 300, channels: 3, background: '#000', noise: { type: 'gaussian', mean: 128, sigma: 40 } } }).png().toBuffer();
    const error = await failure(encodeImage(whole.subarray(0, Math.floor(whole.length / 2)), spaceVariants, 'files'));
    expect(error!.code).toBe('invalid');
    expect(error!.extra.fields?.files).toBeDefined();
  });

  it('refuses more than 10 MB as too large before decoding', async () => {
    const error = await failure(encodeImage(Buffer.alloc(10 * 1024 * 1024 + 1), spaceVariants));
    expect(error!.code).toBe('too_large');
  });

  it('fits space photos in 1600 px and 400 px without enlarging small ones', async () => {
    const [display, thumb] = await encodeImage(await testImage(3200, 1600), spaceVariants);
    expect([display!.width, display!.height]).toEqual([1600, 800]);
    expect([thumb!.width, thumb!.height]).toEqual([400, 200]);
    const [small] = await encodeImage(await testImage(300, 200), spaceVariants);
    expect([small!.width, small!.height]).toEqual([300, 200]);
  });

  it('crops avatars to 256 px and 64 px squares', async () => {
    const [big, small] = await encodeImage(await testImage(500, 300), avatarVariants);
    expect([big!.width, big!.height, small!.width, small!.height]).toEqual([256, 256, 64, 64]);
  });

  it('applies the EXIF orientation and strips EXIF and other metadata', async () => {
    // 200×100 pixels stored with "rotate 90° clockwise" (orientation 6) and a camera tag.
    const photo = await sharp({ create: { width: 200, height: 100, channels: 3, background: '#888' } })
      .jpeg()
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD0: { Make: 'TestCam' } })
      .toBuffer();
    expect((await sharp(photo).metadata()).orientation).toBe(6);
    const [display] = await encodeImage(photo, spaceVariants);
    const meta = await sharp(display!.bytes).metadata();
    expect([meta.width, meta.height]).toEqual([100, 200]);
    expect(meta.exif).toBeUndefined();
    expect(meta.icc).toBeUndefined();
    expect(display!.bytes.includes(Buffer.from('TestCam'))).toBe(false);
  });
});

/** A tiny PNG whose header (IHDR) claims width × height pixels: what a bomb looks like before decoding. */
async function pngDeclaring(width: number, height: number) {
  const png = Buffer.from(await testImage(64, 64));
  png.writeUInt32BE(width, 16);
  png.writeUInt32BE(height, 20);
  png.writeUInt32BE(crc32(png.subarray(12, 29)), 29);
  return png;
}

describe('decompression bombs', () => {
  it('refuses a small PNG that declares 7000×7000 pixels from its header, before decoding it', async () => {
    const bomb = await pngDeclaring(7000, 7000);
    expect(bomb.length).toBeLessThan(8 * 1024);
    const error = await failure(encodeImage(bomb, spaceVariants, 'files'));
    expect(error!.code).toBe('invalid');
    expect(error!.extra.fields?.files?.[0]).toMatch(/4천만 화소/);
  });

  it('still takes a large photo under the limit, decoded once into every variant', async () => {
    const [display, thumb] = await encodeImage(await testImage(6000, 4000, 'jpeg'), spaceVariants);
    expect([display!.width, display!.height, thumb!.width, thumb!.height]).toEqual([1600, 1067, 400, 267]);
  });
});
