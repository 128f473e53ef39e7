'use client';
import { signIn } from 'next-auth/react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { restoreEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

export function RestoreForm() {
  const { errors, pending, onSubmit } = useFormSubmit(
    async (form) => {
      const email = form.text('email');
      const password = form.text('password');
      await callEndpoint(restoreEndpoint, { body: { email, password } });
      await signIn('credentials', { email, password, redirect: false });
    },
    { redirectTo: () => '/me?restored=1' },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="이메일" name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
      <TextField label="비밀번호" name="password" type="password" autoComplete="current-password" required errors={errors.fields.password} />
      <Button type="submit" loading={pending}>
        {pending ? '복구하는 중…' : '계정 복구하기'}
      </Button>
    </form>
  );
}
