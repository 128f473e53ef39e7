'use client';
import { useRouter } from 'next/navigation';
import { useRef, useState, type DragEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ApiError, callEndpoint, uploadToEndpoint } from '@/lib/http/client';
import { deleteSpaceImageEndpoint, reorderSpaceImagesEndpoint, uploadSpaceImagesEndpoint } from '@/lib/http/routes';
import type { SpaceImageView } from '@/lib/spaces/schema';
import { UploadProgress } from '@/components/ui/upload-progress';

export const MAX_IMAGES = 10;
export const MAX_MB = 10;

/** Why these photos can't go up next to `existing` ones (the server's limits, said before any byte is sent), or null. */
export function photoProblem(files: File[], existing: number): string | null {
  if (files.some((f) => f.size > MAX_MB * 1024 * 1024)) return `사진은 한 장에 ${MAX_MB}MB까지 올릴 수 있습니다.`;
  if (existing + files.length > MAX_IMAGES) return `사진은 ${MAX_IMAGES}장까지 올릴 수 있습니다. (지금 ${existing}장)`;
  return null;
}

export const PHOTO_TYPES = 'image/jpeg,image/png,image/webp,image/gif,image/avif';

const move = <T,>(list: T[], from: number, to: number) => {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
};

/**
 * The host's photos: upload (with a progress bar), reorder by dragging or with the ↑↓ buttons
 * (the keyboard and screen-reader way), delete. The first photo is the card's thumbnail.
 */
export function SpaceImagesEditor({ spaceId, initial }: { spaceId: number; initial: SpaceImageView[] }) {
  const router = useRouter();
  const input = useRef<HTMLInputElement>(null);
  const [images, setImages] = useState(initial);
  const [progress, setProgress] = useState<number | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [dragged, setDragged] = useState<number | null>(null);

  const fail = (e: unknown) => setError(e instanceof ApiError ? (Object.values(e.fieldErrors()).flat()[0] ?? e.message) : '문제가 생겼습니다. 다시 시도해 주세요.');

  async function upload(files: File[]) {
    if (!files.length) return;
    setError(null);
    const problem = photoProblem(files, images.length);
    if (problem) return setError(problem);
    setProgress(0);
    try {
      const res = await uploadToEndpoint(uploadSpaceImagesEndpoint, { params: { id: spaceId }, files, onProgress: setProgress });
      setImages(res.items);
      setStatus(`사진 ${files.length}장을 올렸습니다.`);
      router.refresh();
    } catch (e) {
      fail(e);
    } finally {
      setProgress(null);
      if (input.current) input.current.value = '';
    }
  }

  async function saveOrder(next: SpaceImageView[], moved: number) {
    const previous = images;
    setImages(next);
    setBusy(true);
    setError(null);
    try {
      const res = await callEndpoint(reorderSpaceImagesEndpoint, { params: { id: spaceId }, body: { imageIds: next.map((i) => i.id) } });
      setImages(res.items);
      setStatus(`사진을 ${next.findIndex((i) => i.id === moved) + 1}번째로 옮겼습니다.`);
      router.refresh();
    } catch (e) {
      setImages(previous);
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  async function remove(image: SpaceImageView) {
    setBusy(true);
    setError(null);
    try {
      await callEndpoint(deleteSpaceImageEndpoint, { params: { id: spaceId, imageId: image.id } });
      setImages((list) => list.filter((i) => i.id !== image.id).map((i, position) => ({ ...i, position })));
      setStatus('사진을 삭제했습니다.');
      router.refresh();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  }

  const onDrop = (e: DragEvent, to: number) => {
    e.preventDefault();
    if (dragged === null || dragged === to) return setDragged(null);
    const id = images[dragged]!.id;
    setDragged(null);
    void saveOrder(move(images, dragged, to), id);
  };

  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-stone-600">
        JPEG·PNG·WebP·GIF·AVIF, 한 장에 {MAX_MB}MB까지, 모두 {MAX_IMAGES}장까지. 첫 번째 사진이 목록의 대표 사진이 됩니다. 끌어서 놓거나 ↑↓ 버튼으로 순서를 바꾸세요.
      </p>
      {images.length === 0 ? (
        <p className="rounded-xl border border-dashed border-stone-300 p-6 text-center text-sm text-stone-600">아직 사진이 없습니다.</p>
      ) : (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="공간 사진">
          {images.map((image, i) => (
            <li
              key={image.id}
              draggable={!busy}
              onDragStart={() => setDragged(i)}
              onDragOver={(e) => e.preventDefault()}
              onDrop={(e) => onDrop(e, i)}
              onDragEnd={() => setDragged(null)}
              className={`flex flex-col gap-2 rounded-xl border bg-white p-2 ${dragged === i ? 'border-brand-700 opacity-60' : 'border-stone-200'}`}
              aria-label={`사진 ${i + 1}`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element -- our own WebP, already sized; next/image would re-encode it */}
              <img src={image.thumbnailUrl} alt={`사진 ${i + 1}`} className="aspect-[4/3] w-full cursor-grab rounded-lg object-cover" />
              <span className="text-sm font-semibold text-stone-700">{i === 0 ? '1 · 대표 사진' : `${i + 1}`}</span>
              <div className="grid grid-cols-3 gap-1">
                <Button type="button" variant="ghost" className="px-2 disabled:text-stone-300" disabled={busy || i === 0} onClick={() => saveOrder(move(images, i, i - 1), image.id)} aria-label={`사진 ${i + 1} 앞으로`}>
                  ↑
                </Button>
                <Button type="button" variant="ghost" className="px-2 disabled:text-stone-300" disabled={busy || i === images.length - 1} onClick={() => saveOrder(move(images, i, i + 1), image.id)} aria-label={`사진 ${i + 1} 뒤로`}>
                  ↓
                </Button>
                <Button type="button" variant="ghost" className="px-2 text-red-700" disabled={busy} onClick={() => remove(image)} aria-label={`사진 ${i + 1} 삭제`}>
                  ✕
                </Button>
              </div>
            </li>
          ))}
        </ol>
      )}
      <label className="flex flex-col gap-1 text-sm font-medium text-stone-800">
        사진 추가
        <input
          ref={input}
          type="file"
          accept={PHOTO_TYPES}
          multiple
          disabled={progress !== null || images.length >= MAX_IMAGES}
          onChange={(e) => upload(Array.from(e.target.files ?? []))}
          className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4 file:font-semibold"
        />
      </label>
      {progress !== null && <UploadProgress progress={progress} />}
      {error && <Alert>{error}</Alert>}
      <p role="status" className="sr-only">
        {status}
      </p>
    </div>
  );
}
