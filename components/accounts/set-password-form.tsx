'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { apiFetch } from '@/lib/http/client';

/** For accounts made through Kakao: a password lets them also log in by email. */
export function SetPasswordForm() {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    setPending(true);
    try {
      await apiFetch('/api/users/me/password', {
        method: 'PUT',
        body: { newPassword: form.get('newPassword'), newPasswordConfirm: form.get('newPasswordConfirm') },
      });
      router.push('/me?passwordSet=1');
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-600">카카오로 가입한 계정입니다. 비밀번호를 정하면 이메일로도 로그인할 수 있어요.</p>
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField
        label="새 비밀번호"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="8자 이상, 문자와 숫자를 섞어 주세요"
        errors={errors.fields.newPassword}
      />
      <TextField label="새 비밀번호 확인" name="newPasswordConfirm" type="password" autoComplete="new-password" errors={errors.fields.newPasswordConfirm} />
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? '설정하는 중…' : '비밀번호 설정'}
      </Button>
    </form>
  );
}
