'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Options, SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { durationLabel, genderLabels, isoWeekdayLabels, levelLabels, sportLabels } from '@/lib/games/labels';
import type { GameView } from '@/lib/games/schema';
import { createGameEndpoint, createSeriesEndpoint, updateGameEndpoint, updateSeriesEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint, type Unchecked } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { numberOrUndefined, seoulInstant, seoulLocal } from '@/components/ui/form-values';
import { VerifiedOnlyField } from '@/components/trust/verified-only-field';
import { PointField } from '@/components/map/point-field';
import type { MapPoint, TileConfig } from '@/components/map/types';
import { VenuePicker, type PickedVenue } from './venue-picker';

/** Choices for the waitlist offer window (the API takes any 10–720 minutes). */
const offerChoices = [10, 15, 30, 60, 120, 360, 720];
const priorityChoices: [number, string][] = [[0, '우선 신청 없음'], [12, '12시간'], [24, '24시간'], [48, '48시간']];
const timeFields = ['startsAt', 'endsAt'];

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
  const [repeat, setRepeat] = useState(false);
  const [allFuture, setAllFuture] = useState(false);

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
      gender: String(form.get('gender') ?? ''),
      offerMinutes: numberOrUndefined(form.get('offerMinutes')),
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
      let savedId: number;
      if (game) {
        const changed = changes(game, body);
        // "All future": the shared fields go to every remaining occurrence; times stay per game.
        const shared = Object.fromEntries(Object.entries(changed).filter(([key]) => !timeFields.includes(key)));
        const own = allFuture ? Object.fromEntries(Object.entries(changed).filter(([key]) => timeFields.includes(key))) : changed;
        if (allFuture && game.seriesId && Object.keys(shared).length) {
          await callEndpoint(updateSeriesEndpoint, { params: { id: game.seriesId }, body: shared as Unchecked<typeof updateSeriesEndpoint> });
        }
        if (!allFuture || Object.keys(own).length) await callEndpoint(updateGameEndpoint, { params: { id: game.id }, body: own as Unchecked<typeof updateGameEndpoint> });
        savedId = game.id;
      } else if (repeat) {
        const weekdays = form.getAll('weekdays').map(Number);
        const series = await callEndpoint(createSeriesEndpoint, {
          body: { ...body, weekdays, until: String(form.get('until') ?? ''), priorityHours: numberOrUndefined(form.get('priorityHours')) } as Unchecked<typeof createSeriesEndpoint>,
        });
        savedId = series.games[0]!.id;
      } else {
        savedId = (await callEndpoint(createGameEndpoint, { body: body as Unchecked<typeof createGameEndpoint> })).id;
      }
      router.push(`/games/${savedId}`);
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
          <Options from={sportLabels} />
        </SelectField>
        <SelectField label="수준" name="level" defaultValue={game?.level ?? 'any'} errors={f.level}>
          <Options from={levelLabels} />
        </SelectField>
        <SelectField label="성별" name="gender" defaultValue={game?.gender ?? 'mixed'} errors={f.gender}>
          <Options from={genderLabels} />
        </SelectField>
        <SelectField label="대기자 결제 시간" name="offerMinutes" defaultValue={game?.offerMinutes ?? 15} errors={f.offerMinutes} hint="유료 경기: 자리를 넘겨받은 대기자가 결제할 시간">
          {offerChoices.map((m) => (
            <option key={m} value={m}>
              {durationLabel(m)}
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
      {!game && (
        <fieldset className="flex flex-col gap-3 rounded-xl border border-stone-200 p-3">
          <legend className="px-1 text-sm font-medium text-stone-800">반복</legend>
          <label className="flex min-h-11 items-center gap-2 text-sm">
            <input type="checkbox" checked={repeat} onChange={(e) => setRepeat(e.target.checked)} className="size-5" />
            매주 같은 시각에 열기 (최대 26회, 회차마다 따로 고칠 수 있어요)
          </label>
          {repeat && (
            <>
              <div role="group" aria-label="반복 요일" className="flex flex-wrap gap-2">
                {isoWeekdayLabels.slice(1).map((label, i) => (
                  <label key={label} className="inline-flex min-h-11 items-center gap-1 rounded-full border border-stone-300 px-3 text-sm has-checked:border-brand-700 has-checked:bg-brand-50">
                    <input type="checkbox" name="weekdays" value={i + 1} />
                    {label}
                  </label>
                ))}
              </div>
              {f.weekdays && <p className="text-sm text-red-700">{f.weekdays.join(' ')}</p>}
              <div className="grid grid-cols-2 gap-3">
                <TextField label="마지막 날" name="until" type="date" required errors={f.until} />
                <SelectField label="지난 회차 참가자 우선 신청" name="priorityHours" defaultValue={24} errors={f.priorityHours} hint="앞 회차가 끝난 뒤부터">
                  <Options from={priorityChoices} />
                </SelectField>
              </div>
            </>
          )}
        </fieldset>
      )}
      {game?.seriesId && (
        <label className="flex min-h-11 items-center gap-2 text-sm">
          <input type="checkbox" checked={allFuture} onChange={(e) => setAllFuture(e.target.checked)} className="size-5" />
          남은 회차 모두에 적용 (시각은 이 경기만 바뀌어요)
        </label>
      )}
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
