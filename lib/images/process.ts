import pLimit, { type LimitFunction } from 'p-limit';
import sharp, { type Metadata } from 'sharp';
import { DomainError, fieldError } from '@/lib/core/domain-error';
import { MAX_IMAGE_BYTES } from './limits';
/** The formats sharp reports for what we accept; anything else (svg, tiff, pdf, text) is refused. */
const acceptedFormats = new Set(['jpeg', 'png', 'webp', 'gif', 'heif']);

export type Encoded = { bytes: Buffer; width: number; height: number };
export type Variant = { suffix: string; size: number; fit: 'inside' | 'cover' };

/** Space photos keep their shape; avatars are centre-cropped squares. */
export const spaceVariants: Variant[] = [
  { suffix: '.webp', size: 1600, fit: 'inside' },
  { suffix: '-thumb.webp', size: 400, fit: 'inside' },
];
export const avatarVariants: Variant[] = [
  { suffix: '-256.webp', size: 256, fit: 'cover' },
  { suffix: '-64.webp', size: 64, fit: 'cover' },
];

/** 40 megapixels: more than any phone camera; a few KB of PNG can declare far more (a bomb). */
export const MAX_INPUT_PIXELS = 40_000_000;
const MAX_PIXELS_MESSAGE = '이미지가 너무 큽니다. 4천만 화소 이하로 올려 주세요.';

/**
 * Image work is CPU-bound (libvips already uses every core for one image): two at a time per
 * process, a short queue, and beyond that 503 so uploads can't starve every other request.
 */
const IMAGE_JOBS = 2;
const MAX_WAITING = 16;
const key = Symbol.for('dongne.imageJobs');
const jobs = ((globalThis as typeof globalThis & { [key]?: LimitFunction })[key] ??= pLimit(IMAGE_JOBS));

/**
 * Reads the header only (no pixels) and checks the bytes themselves (never the file name or
 * the declared type), so a PNG named .txt passes and a text file named .jpg does not. heif
 * covers AVIF, which sharp reports as heif.
 */
async function sniff(bytes: Buffer, field: string) {
  if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError('too_large', '이미지는 한 장에 10MB까지 올릴 수 있습니다.');
  let meta: Metadata | undefined;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    // Undecodable bytes are the user's mistake, reported below as a field error.
  }
  if (!meta?.format || !acceptedFormats.has(meta.format) || !meta.width || !meta.height) {
    throw fieldError(field, 'JPEG, PNG, WebP, GIF, AVIF 이미지만 올릴 수 있습니다.');
  }
  if (meta.width * (meta.pageHeight ?? meta.height) > MAX_INPUT_PIXELS) throw fieldError(field, MAX_PIXELS_MESSAGE);
}

/**
 * Decodes the upload once, into the first (largest) variant as raw pixels; the smaller
 * variants are resized from that, which gives the same result because they share the fit.
 */
async function encode(bytes: Buffer, [first, ...rest]: Variant[]): Promise<Encoded[]> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .rotate()
    .resize({ width: first!.size, height: first!.size, fit: first!.fit, withoutEnlargement: first!.fit === 'inside' })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const raw = { raw: { width: info.width, height: info.height, channels: info.channels } };
  return Promise.all(
    [first!, ...rest].map(async (v, i) => {
      const image = sharp(data, raw);
      if (i > 0) image.resize({ width: v.size, height: v.size, fit: v.fit, withoutEnlargement: v.fit === 'inside' });
      const out = await image.webp({ quality: 80 }).toBuffer({ resolveWithObject: true });
      return { bytes: out.data, width: out.info.width, height: out.info.height };
    }),
  );
}

/**
 * Every variant as WebP (largest first, all with one fit): EXIF orientation applied first
 * (rotate()), and sharp writes no metadata unless asked, so GPS and camera EXIF never leave
 * the server. Only the first frame of an animated GIF is kept.
 */
export async function encodeImage(bytes: Buffer, variants: Variant[], field = 'file'): Promise<Encoded[]> {
  if (jobs.pendingCount >= MAX_WAITING) throw new DomainError('unavailable', '이미지를 처리하는 중입니다. 잠시 후 다시 올려 주세요.');
  return jobs(async () => {
    await sniff(bytes, field);
    // A header that parses can still hide a truncated or corrupt body: that is bad input too.
    return encode(bytes, variants).catch(() => {
      throw fieldError(field, '이미지 파일이 손상되었습니다. 다른 파일을 골라 주세요.');
    });
  });
}
