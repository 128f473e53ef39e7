'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { webhookEventTypes } from '@/db/constants/webhooks';
import { callEndpoint, type Unchecked } from '@/lib/http/client';
import { createWebhookEndpoint } from '@/lib/http/routes';
import { useCreateOnceForm } from './create-once-form';
import { ShownOnce } from './shown-once';

export const webhookEventLabels: Record<(typeof webhookEventTypes)[number], string> = {
  'game.player_joined': '내 경기에 참가',
  'game.player_left': '내 경기에서 나감',
  'game.status_changed': '내 경기 상태 변경',
  'reservation.created': '내 공간 예약',
  'reservation.cancelled': '내 공간 예약 취소',
  'payment.approved': '나에게 오는 결제 승인',
  'payment.refunded': '나에게 온 결제 환불',
  'meal_order.status_changed': '내 같이 주문 상태 변경',
};

/** URL, events and a note; the signing secret is shown once, after creation. */
export function WebhookForm() {
  const { errors, pending, onSubmit, result } = useCreateOnceForm(
    (form) =>
      callEndpoint(createWebhookEndpoint, {
        body: {
          url: form.text('url'),
          events: webhookEventTypes.filter((type) => form.checked(type)),
          description: form.text('description'),
        } as Unchecked<typeof createWebhookEndpoint>,
      }),
  );
  const f = errors.fields;
  return (
    <div className="flex flex-col gap-4">
      {result && <ShownOnce heading="웹훅을 등록했어요. 서명 비밀키(secret)를" value={result.secret} testId="webhook-secret" />}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3" aria-label="웹훅 등록">
        {errors.message && <Alert>{errors.message}</Alert>}
        <TextField label="받을 주소" name="url" type="url" inputMode="url" required placeholder="https://example.com/dongne" hint="공개된 https 주소만 쓸 수 있어요." errors={f.url} />
        <fieldset className="flex flex-col gap-2">
          <legend className="text-sm font-medium text-stone-800">받을 이벤트</legend>
          {f.events && <p className="text-sm text-red-700">{f.events.join(' ')}</p>}
          {webhookEventTypes.map((type) => (
            <label key={type} className="flex min-h-11 items-center gap-2 text-sm">
              <input type="checkbox" name={type} className="size-5" />
              <span>{webhookEventLabels[type]}</span>
              <code className="text-xs text-stone-500">{type}</code>
            </label>
          ))}
        </fieldset>
        <TextField label="메모 (선택)" name="description" maxLength={200} errors={f.description} />
        <Button type="submit" loading={pending}>
          웹훅 등록
        </Button>
      </form>
    </div>
  );
}
