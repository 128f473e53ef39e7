'use client';
import { useState, useSyncExternalStore } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { callEndpoint, endpointUrl } from '@/lib/http/client';
import { rotateCalendarKeyEndpoint, spaceCalendarFeedEndpoint } from '@/lib/http/routes';

const noSubscription = () => () => {};

/**
 * The host's secret iCal feed for one space: the URL to subscribe to in Google, Apple or Outlook
 * calendars, a copy button, and a new key (the old URL stops working) if it leaked.
 */
export function CalendarFeed({ spaceId, initialKey }: { spaceId: number; initialKey: string }) {
  const [key, setKey] = useState(initialKey);
  // The absolute URL needs the page's origin, known only in the browser (it never changes).
  const origin = useSyncExternalStore(noSubscription, () => window.location.origin, () => '');
  const [copied, setCopied] = useState(false);
  const url = `${origin}${endpointUrl(spaceCalendarFeedEndpoint, { params: { id: spaceId }, query: { key } })}`;
  const rotate = useAction(async () => {
    const next = await callEndpoint(rotateCalendarKeyEndpoint, { params: { id: spaceId } });
    setKey(next.key);
    setCopied(false);
    return next;
  }, { fallback: '새 주소를 만들지 못했습니다.' });
  const copy = () => navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false));

  return (
    <details className="rounded-lg border border-stone-200 p-2 text-sm">
      <summary className="min-h-11 cursor-pointer content-center font-semibold">캘린더 구독 (iCal)</summary>
      <div className="mt-2 flex flex-col gap-2">
        <label htmlFor={`feed-${spaceId}`} className="text-stone-700">
          이 주소를 캘린더 앱의 &lsquo;URL로 구독&rsquo;에 붙여 넣으면 예약과 막은 시간이 보입니다. 주소를 아는 사람은 누구나 볼 수 있으니 공유하지 마세요.
        </label>
        <input id={`feed-${spaceId}`} readOnly value={url} onFocus={(e) => e.currentTarget.select()} className="min-h-11 w-full rounded-lg border border-stone-300 px-2 font-mono text-xs" data-testid="calendar-feed-url" />
        <div className="flex flex-wrap gap-2">
          <Button variant="secondary" onClick={() => void copy()}>
            {copied ? '복사했습니다' : '주소 복사'}
          </Button>
          <Button variant="secondary" loading={rotate.pending} onClick={() => void rotate.run()}>
            새 주소 만들기
          </Button>
        </div>
        <p aria-live="polite" className="text-xs text-stone-600">
          {rotate.result === undefined ? '새 주소를 만들면 예전 주소로 구독한 캘린더는 더 이상 갱신되지 않습니다.' : '새 주소를 만들었습니다. 예전 주소는 더 이상 쓸 수 없습니다.'}
        </p>
        {rotate.error && <Alert>{rotate.error}</Alert>}
      </div>
    </details>
  );
}
