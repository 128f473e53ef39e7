'use client';
import { useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { Spinner } from '@/components/ui/spinner';
import { TextField } from '@/components/ui/text-field';
import { ApiError, callEndpoint, type EndpointResponse } from '@/lib/http/client';
import { createVenueEndpoint, listVenuesEndpoint } from '@/lib/http/routes';
import type { MapPoint } from '@/components/map/types';

export type PickedVenue = EndpointResponse<typeof createVenueEndpoint>;
type Sport = PickedVenue['sports'][number];

/**
 * The venue registry inside the game form: search it by name or address and pick one (the game
 * takes its name, address and point), or register the place typed in the form at the point
 * picked on the map, so the next host finds it.
 */
export function VenuePicker({
  picked,
  onPick,
  draft,
}: {
  picked: PickedVenue | null;
  onPick: (venue: PickedVenue | null) => void;
  draft: { name: string; address: string; sport: string; point: MapPoint | null };
}) {
  const [q, setQ] = useState('');
  const [results, setResults] = useState<PickedVenue[] | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [registering, setRegistering] = useState(false);

  useEffect(() => {
    const term = q.trim();
    if (term.length < 2) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      setLoading(true);
      callEndpoint(listVenuesEndpoint, { query: { q: term, size: 5 }, signal: controller.signal })
        .then((page) => {
          setResults(page.items);
          setError(null);
        })
        .catch((e: unknown) => {
          if (!controller.signal.aborted) setError(e instanceof ApiError ? e.message : '장소를 찾지 못했어요.');
        })
        .finally(() => !controller.signal.aborted && setLoading(false));
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q]);

  async function register() {
    setRegistering(true);
    setError(null);
    try {
      const venue = await callEndpoint(createVenueEndpoint, {
        body: { name: draft.name, address: draft.address, isIndoor: false, sports: [draft.sport as Sport], lat: draft.point?.lat, lng: draft.point?.lng },
      });
      onPick(venue);
    } catch (e) {
      setError(e instanceof ApiError ? (Object.values(e.problem.errors ?? {})[0]?.[0] ?? e.message) : '장소를 등록하지 못했어요.');
    } finally {
      setRegistering(false);
    }
  }

  if (picked) {
    return (
      <div className="flex items-center justify-between gap-3 rounded-lg border border-brand-700 bg-brand-50 p-3 text-sm" data-testid="picked-venue">
        <span>
          <strong className="font-semibold">{picked.name}</strong>
          <span className="block text-stone-600">{picked.address}</span>
        </span>
        <Button type="button" variant="ghost" className="text-sm" onClick={() => onPick(null)}>
          다른 장소
        </Button>
      </div>
    );
  }
  const searching = q.trim().length >= 2;
  return (
    <div className="flex flex-col gap-2">
      <TextField label="등록된 장소 찾기" name="venueSearch" value={q} onChange={(e) => setQ(e.target.value)} placeholder="예: 풋살파크, 용담로" hint="이름이나 주소 두 글자 이상" autoComplete="off" />
      {searching && loading && (
        <p role="status" className="flex items-center gap-2 text-sm text-stone-600">
          <Spinner /> 찾는 중…
        </p>
      )}
      {searching && !loading && results?.length === 0 && <p className="text-sm text-stone-600">찾는 장소가 없어요. 아래에 직접 입력하고 지도에서 위치를 골라 등록할 수 있어요.</p>}
      {searching && results && results.length > 0 && (
        <ul className="flex flex-col gap-1" aria-label="찾은 장소">
          {results.map((v) => (
            <li key={v.id}>
              <button type="button" onClick={() => onPick(v)} className="min-h-11 w-full rounded-lg border border-stone-200 px-3 py-2 text-left text-sm hover:bg-stone-50">
                <strong className="font-semibold">{v.name}</strong> <span className="text-stone-600">{v.address}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      {draft.point && draft.name.trim() && draft.address.trim() && (
        <Button type="button" variant="secondary" className="self-start text-sm" loading={registering} onClick={register}>
          {registering ? '등록하는 중…' : `'${draft.name.trim()}'을(를) 이 위치의 장소로 등록`}
        </Button>
      )}
    </div>
  );
}
