'use client';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { apiFetch } from '@/lib/http/client';

export function PasswordForm() {
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [done, setDone] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    setDone(false);
    const formEl = e.currentTarget;
    const form = new FormData(formEl);
    setPending(true);
    try {
      await apiFetch('/api/users/me/password', {
        method: 'POST',
        body: {
          currentPassword: form.get('currentPassword'),
          newPassword: form.get('newPassword'),
          newPasswordConfirm: form.get('newPasswordConfirm'),
        },
      });
      formEl.reset();
      setDone(true);
    } catch (error) {
      errors.show(error);
    } finally {
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      {done && <Alert tone="success">비밀번호를 바꿨습니다. 다른 기기에서는 다시 로그인해야 합니다.</Alert>}
      <TextField
        label="현재 비밀번호"
        name="currentPassword"
        type="password"
        autoComplete="current-password"
        errors={errors.fields.currentPassword}
      />
      <TextField
        label="새 비밀번호"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        hint="8자 이상, 문자와 숫자를 섞어 주세요"
        errors={errors.fields.newPassword}
      />
      <TextField
        label="새 비밀번호 확인"
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        errors={errors.fields.newPasswordConfirm}
      />
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? '바꾸는 중…' : '비밀번호 변경'}
      </Button>
    </form>
  );
}
