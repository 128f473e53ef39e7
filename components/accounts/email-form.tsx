'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { updateMeEndpoint } from '@/lib/http/routes';
import type { Me } from '@/lib/accounts/schema';
import { callEndpoint } from '@/lib/http/client';

/** Changing the address asks for the password (when there is one) and sends a new verification link. */
export function EmailForm({ me }: { me: Me }) {
  const router = useRouter();
  // Kept apart from the result: after the refresh `me` already holds the new address.
  const [changedTo, setChangedTo] = useState<string | null>(null);
  const { errors, pending, onSubmit } = useFormSubmit(
    (form) => {
      setChangedTo(null);
      const currentPassword = form.text('currentPassword');
      return callEndpoint(updateMeEndpoint, { body: { email: form.text('email'), ...(currentPassword && { currentPassword }) } });
    },
    {
      onSuccess: (updated, form) => {
        if (updated.email !== me.email) setChangedTo(updated.email);
        const password = form.element.elements.namedItem('currentPassword');
        if (password instanceof HTMLInputElement) password.value = '';
        router.refresh();
      },
    },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      {changedTo && <Alert tone="success">{changedTo}으로 인증 메일을 보냈습니다. 메일의 링크를 눌러 인증을 마쳐 주세요.</Alert>}
      <TextField label="이메일" name="email" type="email" autoComplete="email" defaultValue={me.email} key={me.email} errors={errors.fields.email} />
      {me.hasPassword && (
        <TextField
          label="현재 비밀번호 (이메일 변경 확인)"
          name="currentPassword"
          type="password"
          autoComplete="current-password"
          errors={errors.fields.currentPassword}
        />
      )}
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? '바꾸는 중…' : '이메일 변경'}
      </Button>
    </form>
  );
}
