'use client';
import { signOut } from 'next-auth/react';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormErrors } from '@/components/ui/use-form-errors';
import { apiFetch } from '@/lib/http/client';

export function DeleteAccountForm() {
  const router = useRouter();
  const errors = useFormErrors();
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    errors.clear();
    const form = new FormData(e.currentTarget);
    if (!window.confirm('정말 탈퇴할까요? 30일 안에는 이메일과 비밀번호로 복구할 수 있습니다.')) return;
    setPending(true);
    try {
      await apiFetch('/api/users/me', { method: 'DELETE', body: { password: form.get('password') } });
      await signOut({ redirect: false });
      router.push('/restore?deleted=1');
      router.refresh();
    } catch (error) {
      errors.show(error);
      setPending(false);
    }
  }

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-600">
        탈퇴하면 바로 로그아웃되고 다른 이웃에게 프로필이 보이지 않습니다. 쓴 글은 ‘탈퇴한 사용자’로 남습니다. 30일
        안에는 계정을 복구할 수 있습니다.
      </p>
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField
        label="비밀번호 확인"
        name="password"
        type="password"
        autoComplete="current-password"
        errors={errors.fields.password}
      />
      <Button type="submit" variant="danger" loading={pending}>
        {pending ? '탈퇴하는 중…' : '회원 탈퇴'}
      </Button>
    </form>
  );
}
