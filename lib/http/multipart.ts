import { DomainError, fieldError } from '@/lib/core/domain-error';
import { MAX_IMAGE_BYTES } from '@/lib/images/limits';
import { withBodyLimit } from './body';

/**
 * The uploaded files of a multipart request under any of `fields`, as bytes. The body is
 * counted while it streams in (declared length or not), so a huge upload is refused at the
 * limit without buffering it; then each file on its own (10 MB) → 413.
 */
export async function readUploadedFiles(req: Request, fields: string[], maxFiles: number): Promise<Buffer[]> {
  if (!req.headers.get('content-type')?.startsWith('multipart/form-data')) throw fieldError(fields[0]!, 'multipart/form-data로 이미지를 보내 주세요.');
  const limited = withBodyLimit(req, maxFiles * MAX_IMAGE_BYTES + 64 * 1024, `이미지는 한 번에 ${maxFiles}장, 한 장에 10MB까지 올릴 수 있습니다.`);
  let form: FormData;
  try {
    form = await limited.formData();
  } catch (error) {
    const cause = error instanceof DomainError ? error : (error as { cause?: unknown }).cause;
    if (cause instanceof DomainError) throw cause;
    throw fieldError(fields[0]!, '업로드 형식이 올바르지 않습니다.');
  }
  const files = fields.flatMap((f) => form.getAll(f)).filter((v): v is File => typeof v !== 'string');
  if (!files.length) throw fieldError(fields[0]!, '이미지를 골라 주세요.');
  if (files.length > maxFiles) throw fieldError(fields[0]!, `이미지는 한 번에 ${maxFiles}장까지 올릴 수 있습니다.`);
  if (files.some((f) => f.size > MAX_IMAGE_BYTES)) throw new DomainError('too_large', '이미지는 한 장에 10MB까지 올릴 수 있습니다.');
  return Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer())));
}
