'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { deleteAvatarEndpoint, putAvatarEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint, uploadToEndpoint } from '@/lib/http/client';
import { UploadProgress } from '@/components/ui/upload-progress';

const MAX_MB = 10;

/** Profile photo: upload with a progress bar (cropped to a square on the server) or remove. */
export function AvatarForm({ avatarUrl, username }: { avatarUrl: string | null; username: string }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [url, setUrl] = useState(avatarUrl);
  const [progress, setProgress] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  const remove = useAction(
    async () => {
      setError(null);
      await callEndpoint(deleteAvatarEndpoint);
      setUrl(null);
      router.refresh();
    },
    { fallback: '지우지 못했습니다.' },
  );

  async function upload(file: File | undefined) {
    if (!file) return;
    setError(null);
    remove.reset();
    if (file.size > MAX_MB * 1024 * 1024) return setError(`사진은 ${MAX_MB}MB까지 올릴 수 있습니다.`);
    setProgress(0);
    try {
      const me = await uploadToEndpoint(putAvatarEndpoint, { files: [file], onProgress: setProgress });
      setUrl(me.avatarUrl);
      router.refresh();
    } catch (e) {
      setError(e instanceof ApiError ? (e.fieldErrors().file?.[0] ?? e.message) : '문제가 생겼습니다. 다시 시도해 주세요.');
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  return (
    <div className="flex flex-col gap-3">
      <div className="flex items-center gap-4">
        {url ? (
          // eslint-disable-next-line @next/next/no-img-element -- our own 256 px WebP; next/image would re-encode it
          <img src={url} alt="내 프로필 사진" className="h-20 w-20 rounded-full bg-stone-100 object-cover" />
        ) : (
          <span aria-hidden className="flex h-20 w-20 items-center justify-center rounded-full bg-brand-50 text-2xl font-bold text-brand-800">
            {username.slice(0, 1)}
          </span>
        )}
        <div className="flex flex-1 flex-col gap-2">
          <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
            프로필 사진 올리기
            <input
              ref={input}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif,image/avif"
              disabled={progress !== null}
              onChange={(e) => upload(e.target.files?.[0])}
              className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4 file:font-semibold"
            />
          </label>
          {url && (
            <Button type="button" variant="secondary" className="self-start" loading={remove.pending} onClick={() => remove.run()}>
              사진 지우기
            </Button>
          )}
        </div>
      </div>
      {progress !== null && <UploadProgress progress={progress} />}
      {(error ?? remove.error) && <Alert>{error ?? remove.error}</Alert>}
    </div>
  );
}
