'use client';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { ApiError, apiFetch } from '@/lib/http/client';

export function ResetPasswordForm({ token }: { token: string }) {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);
  const [expired, setExpired] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    setPending(true);
    try {
      await apiFetch(`/api/password-resets/${encodeURIComponent(token)}`, {
        method: 'POST',
        body: { newPassword: form.get('newPassword'), newPasswordConfirm: form.get('newPasswordConfirm') },
      });
      router.push('/login?reset=1');
      router.refresh();
    } catch (error) {
      if (error instanceof ApiError && error.problem.reason === 'invalid_token') setExpired(true);
      else errors.show(error);
      setPending(false);
    }
  }

  if (expired) {
    return (
      <div className="flex flex-col gap-4">
        <Alert>이 링크는 만료되었거나 이미 사용되었습니다.</Alert>
        <Link href="/forgot-password" className="text-center font-medium text-brand-700 underline">
          재설정 링크 다시 받기
        </Link>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField
        label="새 비밀번호"
        name="newPassword"
        type="password"
        autoComplete="new-password"
        required
        hint="8자 이상, 문자와 숫자를 섞어 주세요"
        errors={errors.fields.newPassword}
      />
      <TextField
        label="새 비밀번호 확인"
        name="newPasswordConfirm"
        type="password"
        autoComplete="new-password"
        required
        errors={errors.fields.newPasswordConfirm}
      />
      <p className="text-sm text-stone-600">비밀번호를 바꾸면 모든 기기에서 로그아웃됩니다.</p>
      <Button type="submit" loading={pending}>
        {pending ? '바꾸는 중…' : '비밀번호 바꾸기'}
      </Button>
    </form>
  );
}
