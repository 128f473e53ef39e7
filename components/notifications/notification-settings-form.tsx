'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { callEndpoint } from '@/lib/http/client';
import { updateNotificationSettingsEndpoint } from '@/lib/http/routes';
import { notificationKindLabels, notificationKinds } from '@/lib/push/kinds';
import type { NotificationSettings } from '@/lib/push/schema';

function Toggle({ name, label, hint, defaultChecked }: { name: string; label: string; hint?: string; defaultChecked: boolean }) {
  return (
    <label className="flex min-h-11 cursor-pointer items-center justify-between gap-3 py-1">
      <span className="flex flex-col">
        <span className="font-medium text-stone-900">{label}</span>
        {hint && <span className="text-sm text-stone-600">{hint}</span>}
      </span>
      <input type="checkbox" name={name} defaultChecked={defaultChecked} className="h-5 w-5 shrink-0 accent-brand-700" />
    </label>
  );
}

/** What reaches this person's phones: push as a whole, each kind, and quiet hours (Seoul time). */
export function NotificationSettingsForm({ initial }: { initial: NotificationSettings }) {
  const { errors, pending, succeeded, onSubmit } = useFormSubmit((form) =>
    callEndpoint(updateNotificationSettingsEndpoint, {
      body: {
        push: form.checked('push'),
        types: Object.fromEntries(notificationKinds.map((k) => [k, form.checked(`types.${k}`)])),
        quietHours: { enabled: form.checked('quietHours.enabled'), start: form.text('quietHours.start'), end: form.text('quietHours.end') },
      },
    }),
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4" data-testid="notification-settings">
      {errors.message && <Alert>{errors.message}</Alert>}
      {succeeded && <Alert tone="success">알림 설정을 저장했습니다.</Alert>}
      <Toggle name="push" label="휴대폰 푸시 알림" hint="끄면 앱 안의 알림 목록에만 쌓입니다." defaultChecked={initial.push} />
      <fieldset className="flex flex-col divide-y divide-stone-100 border-t border-stone-200 pt-2">
        <legend className="mb-1 text-sm font-semibold text-stone-700">받을 알림</legend>
        {notificationKinds.map((kind) => (
          <Toggle key={kind} name={`types.${kind}`} label={notificationKindLabels[kind]} defaultChecked={initial.types[kind]} />
        ))}
      </fieldset>
      <fieldset className="flex flex-col gap-3 border-t border-stone-200 pt-3">
        <legend className="mb-1 text-sm font-semibold text-stone-700">방해 금지 시간 (한국 시간)</legend>
        <Toggle name="quietHours.enabled" label="방해 금지 시간 사용" hint="이 시간에는 푸시를 보내지 않아요. @멘션과 결제 알림은 예외입니다." defaultChecked={initial.quietHours.enabled} />
        <div className="grid grid-cols-2 gap-3">
          <TextField label="시작" name="quietHours.start" type="time" defaultValue={initial.quietHours.start} errors={errors.fields['quietHours.start']} />
          <TextField label="끝" name="quietHours.end" type="time" defaultValue={initial.quietHours.end} errors={errors.fields['quietHours.end']} />
        </div>
      </fieldset>
      <Button type="submit" loading={pending}>
        {pending ? '저장하는 중…' : '알림 설정 저장'}
      </Button>
    </form>
  );
}
