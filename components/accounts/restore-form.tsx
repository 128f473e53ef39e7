'use client';
import { signIn } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { apiFetch } from '@/lib/http/client';

export function RestoreForm() {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    setPending(true);
    try {
      await apiFetch('/api/users/restore', { method: 'POST', body: { email, password } });
      await signIn('credentials', { email, password, redirect: false });
      router.push('/me?restored=1');
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="이메일" name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
      <TextField
        label="비밀번호"
        name="password"
        type="password"
        autoComplete="current-password"
        required
        errors={errors.fields.password}
      />
      <Button type="submit" loading={pending}>
        {pending ? '복구하는 중…' : '계정 복구하기'}
      </Button>
    </form>
  );
}
