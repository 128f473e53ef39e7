import { DomainError, fieldError } from '@/lib/core/domain-error';
import { MAX_IMAGE_BYTES } from '@/lib/images/limits';

/**
 * The uploaded files of a multipart request under any of `fields`, as bytes. The declared
 * length is checked before the body is read, so a huge upload is refused without buffering it;
 * then each file on its own (10 MB) → 413.
 */
export async function readUploadedFiles(req: Request, fields: string[], maxFiles: number): Promise<Buffer[]> {
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxFiles * MAX_IMAGE_BYTES + 64 * 1024) throw new DomainError('too_large', `이미지는 한 번에 ${maxFiles}장, 한 장에 10MB까지 올릴 수 있습니다.`);
  if (!req.headers.get('content-type')?.startsWith('multipart/form-data')) throw fieldError(fields[0]!, 'multipart/form-data로 이미지를 보내 주세요.');
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    throw fieldError(fields[0]!, '업로드 형식이 올바르지 않습니다.');
  }
  const files = fields.flatMap((f) => form.getAll(f)).filter((v): v is File => typeof v !== 'string');
  if (!files.length) throw fieldError(fields[0]!, '이미지를 골라 주세요.');
  if (files.length > maxFiles) throw fieldError(fields[0]!, `이미지는 한 번에 ${maxFiles}장까지 올릴 수 있습니다.`);
  if (files.some((f) => f.size > MAX_IMAGE_BYTES)) throw new DomainError('too_large', '이미지는 한 장에 10MB까지 올릴 수 있습니다.');
  return Promise.all(files.map(async (f) => Buffer.from(await f.arrayBuffer())));
}
