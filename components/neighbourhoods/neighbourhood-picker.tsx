'use client';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { callEndpoint } from '@/lib/http/client';
import { nearestNeighbourhoodEndpoint, searchNeighbourhoodsEndpoint } from '@/lib/http/routes';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { FieldErrors } from '@/components/ui/text-field';
import { Spinner } from '@/components/ui/spinner';

type Props = {
  value: NeighbourhoodView | null;
  onChange: (n: NeighbourhoodView | null) => void;
  errors?: string[];
  label?: string;
};

function useDebounced<T>(value: T, ms: number) {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = setTimeout(() => setDebounced(value), ms);
    return () => clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

/** Type-ahead over all 3,524 dongs, or "현재 위치로 찾기" through the browser's geolocation. */
export function NeighbourhoodPicker({ value, onChange, errors, label = '내 동네' }: Props) {
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [locating, setLocating] = useState(false);
  const [locateError, setLocateError] = useState<string | null>(null);
  const q = useDebounced(text.trim(), 200);

  const search = useQuery({
    queryKey: ['neighbourhoods', q],
    queryFn: ({ signal }) => callEndpoint(searchNeighbourhoodsEndpoint, { query: { q }, signal }),
    enabled: q.length > 0,
    staleTime: 60 * 60_000,
  });
  const items = search.data?.items ?? [];

  const choose = (n: NeighbourhoodView) => {
    onChange(n);
    setText('');
    setOpen(false);
  };

  const locate = () => {
    setLocateError(null);
    if (!('geolocation' in navigator)) {
      setLocateError('이 브라우저에서는 위치를 찾을 수 없습니다.');
      return;
    }
    setLocating(true);
    navigator.geolocation.getCurrentPosition(
      async ({ coords }) => {
        try {
          choose(await callEndpoint(nearestNeighbourhoodEndpoint, { query: { lat: coords.latitude, lng: coords.longitude } }));
        } catch {
          setLocateError('가까운 동네를 찾지 못했습니다. 이름으로 검색해 주세요.');
        } finally {
          setLocating(false);
        }
      },
      () => {
        setLocating(false);
        setLocateError('위치 권한이 없어 찾을 수 없습니다. 이름으로 검색해 주세요.');
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  };

  const listId = `${id}-list`;
  const invalid = Boolean(errors?.length);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={`${id}-input`} className="text-sm font-medium text-stone-800">
        {label}
      </label>
      {value && (
        <p className="flex items-center justify-between rounded-lg bg-brand-50 px-3 py-2 text-sm" aria-live="polite">
          <span>
            선택한 동네: <strong data-testid="selected-neighbourhood">{value.fullName}</strong>
          </span>
          <button type="button" className="text-brand-700 underline" onClick={() => onChange(null)}>
            바꾸기
          </button>
        </p>
      )}
      {!value && (
        <div className="relative">
          <input
            id={`${id}-input`}
            role="combobox"
            aria-expanded={open && items.length > 0}
            aria-controls={listId}
            aria-autocomplete="list"
            aria-activedescendant={open && items[active] ? `${id}-opt-${active}` : undefined}
            aria-invalid={invalid || undefined}
            aria-describedby={invalid ? `${id}-error` : `${id}-hint`}
            autoComplete="off"
            placeholder="동 이름으로 검색 (예: 용담, 종로구 청운)"
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              setOpen(true);
              setActive(0);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowDown') {
                e.preventDefault();
                setActive((a) => Math.min(a + 1, items.length - 1));
              } else if (e.key === 'ArrowUp') {
                e.preventDefault();
                setActive((a) => Math.max(a - 1, 0));
              } else if (e.key === 'Enter' && open && items[active]) {
                e.preventDefault();
                choose(items[active]);
              } else if (e.key === 'Escape') {
                setOpen(false);
              }
            }}
            className={`min-h-11 w-full rounded-lg border bg-white px-3 text-base ${invalid ? 'border-red-600' : 'border-stone-300'}`}
          />
          {open && q.length > 0 && (
            <ul
              id={listId}
              role="listbox"
              aria-label="동네 검색 결과"
              className="absolute z-20 mt-1 max-h-72 w-full overflow-auto rounded-lg border border-stone-200 bg-white py-1 shadow-lg"
            >
              {search.isFetching && items.length === 0 && (
                <li className="px-3 py-2 text-sm text-stone-600">
                  <Spinner label="찾는 중…" />
                </li>
              )}
              {search.isError && <li className="px-3 py-2 text-sm text-red-700">검색에 실패했습니다. 다시 입력해 보세요.</li>}
              {search.isSuccess && items.length === 0 && (
                <li className="px-3 py-2 text-sm text-stone-600">‘{q}’에 맞는 동네가 없습니다.</li>
              )}
              {items.map((n, i) => (
                <li
                  key={n.code}
                  id={`${id}-opt-${i}`}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => choose(n)}
                  className={`cursor-pointer px-3 py-2 text-sm ${i === active ? 'bg-brand-50' : ''}`}
                >
                  <span className="font-semibold">{n.dong}</span>{' '}
                  <span className="text-stone-600">{n.fullName.slice(0, -n.dong.length).trim()}</span>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="flex items-center gap-3">
        <button
          type="button"
          onClick={locate}
          disabled={locating}
          className="min-h-11 text-sm font-medium text-brand-700 underline disabled:text-stone-500"
        >
          {locating ? <Spinner label="위치 확인 중…" /> : '현재 위치로 찾기'}
        </button>
      </div>
      <p id={`${id}-hint`} className="sr-only">
        입력하면 아래에 동네 목록이 나타납니다. 위아래 화살표로 고르고 Enter로 선택하세요.
      </p>
      {locateError && <p className="text-sm text-red-700">{locateError}</p>}
      {invalid && <FieldErrors id={`${id}-error`} errors={errors!} />}
    </div>
  );
}
