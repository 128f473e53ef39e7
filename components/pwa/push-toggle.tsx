'use client';
import { useEffect, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { callEndpoint } from '@/lib/http/client';
import { subscribeEndpoint, unsubscribeEndpoint, vapidPublicKeyEndpoint } from '@/lib/http/routes';
import { SERVICE_WORKER_URL } from './service-worker-registration';

type State = 'checking' | 'unsupported' | 'denied' | 'off' | 'on';

const supported = () => typeof window !== 'undefined' && 'serviceWorker' in navigator && 'PushManager' in window && 'Notification' in window;

function keyBytes(base64url: string) {
  const raw = atob(base64url.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (base64url.length % 4)) % 4));
  return Uint8Array.from(raw, (c) => c.charCodeAt(0));
}

async function registration() {
  return (await navigator.serviceWorker.getRegistration('/')) ?? navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: '/' });
}

/** "푸시 알림 받기": subscribes this browser to Web Push and tells the server, or undoes both. */
export function PushToggle() {
  const [state, setState] = useState<State>('checking');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    // What this browser can do is known only here (the server rendered 'checking').
    const check = async (): Promise<State> => {
      if (!supported()) return 'unsupported';
      if (Notification.permission === 'denied') return 'denied';
      const sub = await (await navigator.serviceWorker.getRegistration('/'))?.pushManager.getSubscription();
      return sub ? 'on' : 'off';
    };
    void check()
      .catch((): State => 'off')
      .then(setState);
  }, []);

  async function turnOn() {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') return setState(permission === 'denied' ? 'denied' : 'off');
    await registration();
    const reg = await navigator.serviceWorker.ready;
    const { publicKey } = await callEndpoint(vapidPublicKeyEndpoint);
    const sub = (await reg.pushManager.getSubscription()) ?? (await reg.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(publicKey) }));
    const json = sub.toJSON() as { endpoint: string; keys: { p256dh: string; auth: string } };
    await callEndpoint(subscribeEndpoint, { body: { endpoint: json.endpoint, keys: json.keys } });
    setState('on');
  }

  async function turnOff() {
    const sub = await (await navigator.serviceWorker.getRegistration('/'))?.pushManager.getSubscription();
    if (sub) {
      await callEndpoint(unsubscribeEndpoint, { body: { endpoint: sub.endpoint } }).catch(() => {});
      await sub.unsubscribe();
    }
    setState('off');
  }

  async function toggle() {
    setBusy(true);
    setError(null);
    try {
      await (state === 'on' ? turnOff() : turnOn());
    } catch (e) {
      setError((e as Error).message || '푸시 알림을 설정하지 못했습니다.');
    } finally {
      setBusy(false);
    }
  }

  if (state === 'unsupported') return <Alert tone="info">이 브라우저는 푸시 알림을 지원하지 않아요. 휴대폰에서는 홈 화면에 동네를 추가한 뒤 열어 주세요.</Alert>;
  if (state === 'denied') return <Alert tone="info">브라우저 설정에서 이 사이트의 알림이 차단되어 있어요. 사이트 설정에서 알림을 허용해 주세요.</Alert>;
  return (
    <div className="flex flex-col gap-3">
      <div className="flex min-h-11 items-center justify-between gap-3">
        <span className="flex flex-col">
          <span id="push-toggle-label" className="font-medium text-stone-900">
            푸시 알림 받기
          </span>
          <span className="text-sm text-stone-600">이 기기에서 앱을 닫아 두어도 새 메시지와 알림을 받아요.</span>
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={state === 'on'}
          aria-labelledby="push-toggle-label"
          disabled={busy || state === 'checking'}
          onClick={() => void toggle()}
          data-testid="push-toggle"
          className={`relative inline-flex h-8 w-14 shrink-0 items-center rounded-full transition-colors disabled:opacity-60 ${state === 'on' ? 'bg-brand-700' : 'bg-stone-300'}`}
        >
          <span className={`inline-block h-6 w-6 rounded-full bg-white shadow transition-transform ${state === 'on' ? 'translate-x-7' : 'translate-x-1'}`} />
        </button>
      </div>
      {error && <Alert>{error}</Alert>}
    </div>
  );
}
