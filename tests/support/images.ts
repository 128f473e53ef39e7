import sharp from 'sharp';

/** A solid-colour test image of the given size and format. */
export const testImage = (width: number, height: number, format: 'png' | 'jpeg' | 'webp' | 'gif' = 'png', background = '#3b82f6') =>
  sharp({ create: { width, height, channels: 3, background } }).toFormat(format).toBuffer();

/** Multipart form with each buffer as one file under `field`. */
export function imageForm(buffers: Buffer[], field = 'files', name = 'photo.png', type = 'image/png') {
  const form = new FormData();
  for (const b of buffers) form.append(field, new File([new Uint8Array(b)], name, { type }));
  return form;
}
