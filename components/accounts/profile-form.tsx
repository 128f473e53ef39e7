'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { SelectField, TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { updateMeEndpoint } from '@/lib/http/routes';
import type { Me } from '@/lib/accounts/schema';
import { statusLabels } from '@/lib/accounts/status';
import { callEndpoint } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';

export function ProfileForm({ me, neighbourhood }: { me: Me; neighbourhood: NeighbourhoodView }) {
  const router = useRouter();
  const [picked, setPicked] = useState<NeighbourhoodView | null>(neighbourhood);
  const {
    errors,
    pending,
    succeeded: saved,
    onSubmit,
  } = useFormSubmit(
    (form) =>
      callEndpoint(updateMeEndpoint, {
        body: {
          username: form.text('username'),
          bio: form.text('bio'),
          status: form.text('status') as Me['status'],
          isPrivate: form.checked('isPrivate'),
          neighbourhoodCode: picked?.code ?? '',
        },
      }),
    { onSuccess: () => router.refresh() },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      {saved && <Alert tone="success">저장했습니다.</Alert>}
      <TextField label="닉네임" name="username" defaultValue={me.username} required errors={errors.fields.username} />
      <TextareaField label="소개" id="bio" name="bio" defaultValue={me.bio} maxLength={160} rows={3} hint="160자까지" errors={errors.fields.bio} />
      <SelectField label="상태" id="status" name="status" defaultValue={me.status} errors={errors.fields.status}>
        {Object.entries(statusLabels).map(([value, label]) => (
          <option key={value} value={value}>
            {label}
          </option>
        ))}
      </SelectField>
      <label className="flex min-h-11 items-start gap-3 text-sm">
        <input type="checkbox" name="isPrivate" defaultChecked={me.isPrivate} className="mt-0.5 size-5 shrink-0 accent-brand-700" />
        <span>
          <span className="font-semibold">비공개 프로필</span>
          <span className="block text-stone-600">내가 친구로 추가한 이웃만 소개, 상태, 동네를 볼 수 있어요. 다른 사람에게는 닉네임만 보여요.</span>
        </span>
      </label>
      <NeighbourhoodPicker value={picked} onChange={setPicked} errors={errors.fields.neighbourhoodCode} />
      <Button type="submit" loading={pending}>
        {pending ? '저장하는 중…' : '프로필 저장'}
      </Button>
    </form>
  );
}
