'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { levelLabels, sportLabels } from '@/lib/games/labels';
import type { GameView } from '@/lib/games/schema';
import { createGameEndpoint, updateGameEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint, type Unchecked } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { numberOrUndefined, seoulInstant, seoulLocal } from '@/components/ui/form-values';
import { VerifiedOnlyField } from '@/components/trust/verified-only-field';
import { PointField } from '@/components/map/point-field';
import type { MapPoint, TileConfig } from '@/components/map/types';
import { VenuePicker, type PickedVenue } from './venue-picker';

/** The fields of the form that differ from the game as loaded (times compared as instants). */
function changes(game: GameView, body: Record<string, unknown>) {
  return Object.fromEntries(
    Object.entries(body).filter(([key, value]) => {
      const before = game[key as keyof GameView];
      // The field holds whole minutes: an untouched time must not move the seconds.
      if (key === 'startsAt' || key === 'endsAt') return typeof value !== 'string' || new Date(value).getTime() !== Math.floor(new Date(String(before)).getTime() / 60_000) * 60_000;
      return value !== before;
    }),
  );
}

/**
 * Opening a game, or editing one (`game` given: only what changed is sent, so untouched fields
 * such as exact coordinates stay). The API's field errors show under their fields; a 409 (seats
 * taken, fee already paid) shows its reason as well.
 */
export function GameForm({ neighbourhood, emailVerified, game, tiles }: { neighbourhood: NeighbourhoodView; emailVerified: boolean; game?: GameView; tiles: TileConfig }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [picked, setPicked] = useState<NeighbourhoodView | null>(neighbourhood);
  const [sport, setSport] = useState<string>(game?.sport ?? 'futsal');
  const [placeName, setPlaceName] = useState(game?.placeName ?? '');
  const [address, setAddress] = useState(game?.address ?? '');
  const [point, setPoint] = useState<MapPoint | null>(game ? { lat: game.lat, lng: game.lng } : null);
  const [venue, setVenue] = useState<PickedVenue | null>(null);

  // A picked venue fills the place and its point; the host may still edit the name shown.
  function pickVenue(v: PickedVenue | null) {
    setVenue(v);
    if (!v) return;
    setPlaceName(v.name);
    setAddress(v.address);
    setPoint({ lat: v.lat, lng: v.lng });
  }

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    const body = {
      sport,
      title: String(form.get('title') ?? ''),
      description: String(form.get('description') ?? ''),
      level: String(form.get('level') ?? ''),
      placeName,
      address,
      neighbourhoodCode: picked?.code ?? '',
      ...(venue && { venueId: venue.id }),
      // A point picked on the map places the game there; its dong follows the point.
      ...(point && { lat: point.lat, lng: point.lng }),
      startsAt: seoulInstant(form.get('startsAt')),
      endsAt: seoulInstant(form.get('endsAt')),
      minPlayers: numberOrUndefined(form.get('minPlayers')),
      maxPlayers: numberOrUndefined(form.get('maxPlayers')),
      fee: numberOrUndefined(form.get('fee')),
      verifiedOnly: form.get('verifiedOnly') === 'on',
    };
    setPending(true);
    try {
      const saved = game
        ? await callEndpoint(updateGameEndpoint, { params: { id: game.id }, body: changes(game, body) as Unchecked<typeof updateGameEndpoint> })
        : await callEndpoint(createGameEndpoint, { body: body as Unchecked<typeof createGameEndpoint> });
      router.push(`/games/${saved.id}`);
      router.refresh();
    } catch (error) {
      errors.show(error);
      if (error instanceof ApiError && error.status === 409) errors.setMessage(error.message);
      setPending(false);
    }
  }

  const f = errors.fields;
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4" aria-label={game ? '경기 수정' : '경기 열기'} noValidate>
      <div className="grid grid-cols-2 gap-3">
        <SelectField label="종목" name="sport" value={sport} onChange={(e) => setSport(e.target.value)} errors={f.sport}>
          {Object.entries(sportLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="수준" name="level" defaultValue={game?.level ?? 'any'} errors={f.level}>
          {Object.entries(levelLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <TextField label="제목" name="title" maxLength={100} required defaultValue={game?.title} placeholder="예: 토요일 저녁 5:5 풋살 2명 구해요" errors={f.title} />
      <TextareaField label="설명" name="description" rows={4} maxLength={2000} defaultValue={game?.description} errors={f.description} />
      <VenuePicker picked={venue} onPick={pickVenue} draft={{ name: placeName, address, sport, point }} />
      <TextField label="장소 이름" name="placeName" maxLength={100} required value={placeName} onChange={(e) => setPlaceName(e.target.value)} placeholder="예: 용담 풋살파크 A구장" errors={f.placeName} />
      <TextField label="주소" name="address" maxLength={200} required value={address} onChange={(e) => setAddress(e.target.value)} errors={f.address} />
      <PointField value={point} onChange={setPoint} fallbackCenter={picked ?? neighbourhood} tiles={tiles} errors={f.lat ?? f.lng ?? f.venueId} />
      {!point && <NeighbourhoodPicker label="동네" value={picked} onChange={setPicked} errors={f.neighbourhoodCode} />}
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField label="시작" name="startsAt" type="datetime-local" required defaultValue={game && seoulLocal(game.startsAt)} hint="한국 시간" errors={f.startsAt} />
        <TextField label="끝" name="endsAt" type="datetime-local" required defaultValue={game && seoulLocal(game.endsAt)} hint="한국 시간" errors={f.endsAt} />
      </div>
      {!game && <p className="-mt-2 text-sm text-stone-600">모집은 시작 2시간 전에 마감됩니다.</p>}
      <div className="grid grid-cols-3 gap-3">
        <TextField label="최소 인원" name="minPlayers" type="number" min={1} max={100} inputMode="numeric" defaultValue={game?.minPlayers ?? 2} errors={f.minPlayers} />
        <TextField label="모집 인원" name="maxPlayers" type="number" min={1} max={100} inputMode="numeric" defaultValue={game?.maxPlayers ?? 4} errors={f.maxPlayers} />
        <TextField label="참가비(원)" name="fee" type="number" min={0} step={1000} inputMode="numeric" defaultValue={game?.fee ?? 0} errors={f.fee} />
      </div>
      <VerifiedOnlyField defaultChecked={game?.verifiedOnly} />
      {!emailVerified && <Alert tone="info">유료 경기를 열려면 이메일 인증이 필요합니다. 무료 경기는 바로 열 수 있어요.</Alert>}
      {errors.message && <Alert>{errors.message}</Alert>}
      <Button type="submit" loading={pending}>
        {game ? (pending ? '저장하는 중…' : '수정 내용 저장') : pending ? '경기를 여는 중…' : '경기 열기'}
      </Button>
    </form>
  );
}
