import sharp from 'sharp';
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

/**
 * Decodes the bytes themselves (never the file name or the declared type), so a PNG named
 * .txt passes and a text file named .jpg does not. heif covers AVIF, which sharp reports as heif.
 */
async function sniff(bytes: Buffer, field: string) {
  if (bytes.length > MAX_IMAGE_BYTES) throw new DomainError('too_large', '이미지는 한 장에 10MB까지 올릴 수 있습니다.');
  try {
    const meta = await sharp(bytes, { limitInputPixels: 50_000_000 }).metadata();
    if (meta.format && acceptedFormats.has(meta.format) && meta.width && meta.height) return meta;
  } catch {
    // Undecodable bytes are the user's mistake, reported below as a field error.
  }
  throw fieldError(field, 'JPEG, PNG, WebP, GIF, AVIF 이미지만 올릴 수 있습니다.');
}

/**
 * Every variant as WebP: EXIF orientation applied first (rotate()), and sharp writes no
 * metadata unless asked, so GPS and camera EXIF never leave the server. Only the first
 * frame of an animated GIF is kept.
 */
export async function encodeImage(bytes: Buffer, variants: Variant[], field = 'file'): Promise<Encoded[]> {
  await sniff(bytes, field);
  // A header that parses can still hide a truncated or corrupt body: that is bad input too.
  return Promise.all(
    variants.map(async (v) => {
      const { data, info } = await sharp(bytes, { limitInputPixels: 50_000_000 })
        .rotate()
        .resize({ width: v.size, height: v.size, fit: v.fit, withoutEnlargement: v.fit === 'inside' })
        .webp({ quality: 80 })
        .toBuffer({ resolveWithObject: true });
      return { bytes: data, width: info.width, height: info.height };
    }),
  ).catch(() => {
    throw fieldError(field, '이미지 파일이 손상되었습니다. 다른 파일을 골라 주세요.');
  });
}
