'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { updateMeEndpoint, verifyNeighbourhoodEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';

type Outside = { code: string; sido: string; sigungu: string; dong: string };
type State =
  | { kind: 'idle' }
  | { kind: 'locating' }
  | { kind: 'verified'; dong: string }
  | { kind: 'outside'; dong: Outside; message: string }
  | { kind: 'error'; message: string };

function currentPosition() {
  return new Promise<GeolocationPosition>((resolve, reject) =>
    navigator.geolocation.getCurrentPosition(resolve, reject, { enableHighAccuracy: true, timeout: 15_000, maximumAge: 0 }),
  );
}

/**
 * 동네인증 on /me: the browser's position goes to the server once, is checked against the dong and
 * dropped; outside the dong the answer names the dong the position is in and offers to move there.
 */
export function VerifyNeighbourhood({ dong }: { dong: string }) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [moving, setMoving] = useState(false);

  const verify = async () => {
    if (!('geolocation' in navigator)) return setState({ kind: 'error', message: '이 브라우저에서는 위치를 확인할 수 없어요.' });
    setState({ kind: 'locating' });
    let position: GeolocationPosition;
    try {
      position = await currentPosition();
    } catch {
      return setState({ kind: 'error', message: '위치 권한이 필요해요. 브라우저 설정에서 위치 사용을 허용해 주세요.' });
    }
    const { latitude: lat, longitude: lng, accuracy } = position.coords;
    try {
      const result = await callEndpoint(verifyNeighbourhoodEndpoint, { body: { lat, lng, accuracy } });
      setState({ kind: 'verified', dong: result.dong });
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.problem.reason === 'outside_neighbourhood' && error.problem.dong) {
        return setState({ kind: 'outside', dong: error.problem.dong, message: error.message });
      }
      const message = error instanceof ApiError ? (error.fieldErrors().accuracy?.[0] ?? error.message) : '확인하지 못했어요. 잠시 후 다시 시도해 주세요.';
      setState({ kind: 'error', message });
    }
  };

  const moveTo = async (target: Outside) => {
    setMoving(true);
    try {
      await callEndpoint(updateMeEndpoint, { body: { neighbourhoodCode: target.code } });
      setState({ kind: 'idle' });
      router.refresh();
    } catch (error) {
      setState({ kind: 'error', message: error instanceof ApiError ? error.message : '동네를 바꾸지 못했어요.' });
    } finally {
      setMoving(false);
    }
  };

  return (
    <div className="flex flex-col gap-3" id="verify">
      <p className="text-sm text-stone-700">
        지금 {dong}에 있다면 휴대폰 위치로 동네를 인증할 수 있어요. 인증은 30일 동안 유지되고, 인증한 이웃만 받는 모임에 참여할 수 있어요.
      </p>
      <p className="text-xs text-stone-600">위치 좌표는 저장하지 않아요. 인증 결과(동, 시각, 정확도 구간)만 남아요.</p>
      {state.kind === 'verified' && <Alert tone="success">{state.dong} 동네인증을 마쳤어요.</Alert>}
      {state.kind === 'error' && <Alert>{state.message}</Alert>}
      {state.kind === 'outside' && (
        <div className="flex flex-col gap-2 rounded-lg bg-amber-50 p-3 text-sm text-amber-900" role="status">
          <p>{state.message}</p>
          <Button variant="secondary" className="self-start" loading={moving} onClick={() => moveTo(state.dong)}>
            내 동네를 {state.dong.dong}(으)로 바꾸기
          </Button>
          <p className="text-xs">동네는 30일에 2번까지 바꿀 수 있어요. 바꾼 뒤 다시 인증해 주세요.</p>
        </div>
      )}
      <Button className="self-start" loading={state.kind === 'locating'} onClick={verify}>
        {state.kind === 'locating' ? '위치 확인 중…' : '현재 위치로 동네인증'}
      </Button>
    </div>
  );
}
