'use client';
import { useEffect, useMemo } from 'react';
import { Button } from '@/components/ui/button';
import { MAX_IMAGES, MAX_MB, PHOTO_TYPES, photoProblem } from './space-images-editor';

function Preview({ file, index, onRemove, disabled }: { file: File; index: number; onRemove: () => void; disabled: boolean }) {
  const url = useMemo(() => URL.createObjectURL(file), [file]);
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <li className="flex flex-col gap-1 rounded-xl border border-stone-200 bg-white p-2" aria-label={`고른 사진 ${index + 1}`}>
      {/* eslint-disable-next-line @next/next/no-img-element -- a local preview (blob:) of a file not uploaded yet */}
      <img src={url} alt={`고른 사진 ${index + 1}: ${file.name}`} className="aspect-[4/3] w-full rounded-lg object-cover" />
      <span className="truncate text-xs text-stone-700">{index === 0 ? `대표 · ${file.name}` : file.name}</span>
      <Button type="button" variant="ghost" className="px-2 text-red-700" disabled={disabled} onClick={onRemove} aria-label={`고른 사진 ${index + 1} 빼기`}>
        빼기
      </Button>
    </li>
  );
}

/**
 * Photos picked on the create form: kept in the browser until the space is saved (the upload
 * route needs its id), then uploaded by the form with a progress bar.
 */
export function PendingPhotos({ files, onChange, error, onError, disabled }: { files: File[]; onChange: (files: File[]) => void; error: string | null; onError: (message: string | null) => void; disabled: boolean }) {
  const add = (picked: File[]) => {
    const problem = photoProblem(picked, files.length);
    onError(problem);
    if (!problem) onChange([...files, ...picked]);
  };
  return (
    <fieldset className="flex flex-col gap-2">
      <legend className="mb-1 text-sm font-medium text-stone-800">사진 (선택)</legend>
      <p className="text-sm text-stone-600">
        JPEG·PNG·WebP·GIF·AVIF, 한 장에 {MAX_MB}MB까지, {MAX_IMAGES}장까지. 공간을 저장한 뒤 올라가고, 첫 번째 사진이 대표 사진이 됩니다.
      </p>
      {files.length > 0 && (
        <ol className="grid grid-cols-2 gap-3 sm:grid-cols-3" aria-label="올릴 사진">
          {files.map((file, i) => (
            <Preview key={`${file.name}-${file.lastModified}-${i}`} file={file} index={i} disabled={disabled} onRemove={() => onChange(files.filter((_, j) => j !== i))} />
          ))}
        </ol>
      )}
      <input
        type="file"
        accept={PHOTO_TYPES}
        multiple
        aria-label="사진 고르기"
        disabled={disabled || files.length >= MAX_IMAGES}
        onChange={(e) => {
          add(Array.from(e.target.files ?? []));
          e.target.value = '';
        }}
        className="min-h-11 text-sm file:mr-3 file:min-h-11 file:rounded-lg file:border file:border-stone-300 file:bg-white file:px-4 file:font-semibold"
      />
      {error && (
        <p className="text-sm text-red-700" role="alert">
          {error}
        </p>
      )}
    </fieldset>
  );
}
