'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import type { Me } from '@/lib/accounts/schema';
import { apiFetch } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';

export function ProfileForm({ me, neighbourhood }: { me: Me; neighbourhood: NeighbourhoodView }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [picked, setPicked] = useState<NeighbourhoodView | null>(neighbourhood);
  const [pending, setPending] = useState(false);
  const [saved, setSaved] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    setSaved(false);
    const form = new FormData(e.currentTarget);
    setPending(true);
    try {
      await apiFetch('/api/users/me', {
        method: 'PATCH',
        body: { username: form.get('username'), bio: form.get('bio'), neighbourhoodCode: picked?.code ?? '' },
      });
      setSaved(true);
      router.refresh();
    } catch (error) {
      errors.show(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      {saved && <Alert tone="success">저장했습니다.</Alert>}
      <TextField label="닉네임" name="username" defaultValue={me.username} required errors={errors.fields.username} />
      <TextareaField label="소개" id="bio" name="bio" defaultValue={me.bio} maxLength={300} rows={3} errors={errors.fields.bio} />
      <NeighbourhoodPicker value={picked} onChange={setPicked} errors={errors.fields.neighbourhoodCode} />
      <Button type="submit" loading={pending}>
        {pending ? '저장하는 중…' : '프로필 저장'}
      </Button>
    </form>
  );
}
