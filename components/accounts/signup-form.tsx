'use client';
import { signIn } from 'next-auth/react';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { apiFetch } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';

export function SignupForm() {
  const router = useRouter();
  const errors = useFormErrors();
  const [neighbourhood, setNeighbourhood] = useState<NeighbourhoodView | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email'));
    const password = String(form.get('password'));
    setPending(true);
    try {
      await apiFetch('/api/users', {
        method: 'POST',
        body: {
          email,
          username: form.get('username'),
          password,
          passwordConfirm: form.get('passwordConfirm'),
          neighbourhoodCode: neighbourhood?.code ?? '',
        },
      });
      const result = await signIn('credentials', { email, password, redirect: false });
      router.push(result?.ok ? '/' : '/login');
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
        label="닉네임"
        name="username"
        autoComplete="nickname"
        required
        hint="2~20자, 한글·영문·숫자·밑줄"
        errors={errors.fields.username}
      />
      <TextField
        label="비밀번호"
        name="password"
        type="password"
        autoComplete="new-password"
        required
        hint="8자 이상, 문자와 숫자를 섞어 주세요"
        errors={errors.fields.password}
      />
      <TextField
        label="비밀번호 확인"
        name="passwordConfirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.fields.passwordConfirm}
      />
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
