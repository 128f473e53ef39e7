'use client';
import { signIn } from 'next-auth/react';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { signUpEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';
import { NewPasswordFields } from './new-password-fields';

export function SignupForm() {
  const [neighbourhood, setNeighbourhood] = useState<NeighbourhoodView | null>(null);
  const { errors, pending, onSubmit } = useFormSubmit(
    async (form) => {
      const email = form.text('email');
      const password = form.text('password');
      await callEndpoint(signUpEndpoint, {
        body: { email, username: form.text('username'), password, passwordConfirm: form.text('passwordConfirm'), neighbourhoodCode: neighbourhood?.code ?? '' },
      });
      return signIn('credentials', { email, password, redirect: false });
    },
    { redirectTo: (result) => (result?.ok ? '/' : '/login') },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="이메일" name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
      <TextField
        label="닉네임"
        name="username"
        autoComplete="nickname"
        required
        hint="2~20자, 한글·영문·숫자·밑줄"
        errors={errors.fields.username}
      />
      <NewPasswordFields errors={errors.fields} required name="password" label="비밀번호" />
      <NeighbourhoodPicker value={neighbourhood} onChange={setNeighbourhood} errors={errors.fields.neighbourhoodCode} />
      <Button type="submit" loading={pending}>
        {pending ? '가입하는 중…' : '가입하기'}
      </Button>
      <p className="text-center text-sm text-stone-600">
        이미 계정이 있나요?{' '}
        <Link href="/login" className="font-medium text-brand-700 underline">
          로그인
        </Link>
      </p>
    </form>
  );
}
