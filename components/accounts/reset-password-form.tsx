'use client';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { completePasswordResetEndpoint } from '@/lib/http/routes';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { NewPasswordFields } from './new-password-fields';

export function ResetPasswordForm({ token }: { token: string }) {
  const [expired, setExpired] = useState(false);
  const { errors, pending, onSubmit } = useFormSubmit(
    (form) =>
      callEndpoint(completePasswordResetEndpoint, {
        params: { token },
        body: { newPassword: form.text('newPassword'), newPasswordConfirm: form.text('newPasswordConfirm') },
      }),
    {
      redirectTo: () => '/login?reset=1',
      onError: (error) => {
        const invalidToken = error instanceof ApiError && error.problem.reason === 'invalid_token';
        if (invalidToken) setExpired(true);
        return invalidToken;
      },
    },
  );

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
      <NewPasswordFields errors={errors.fields} required />
      <p className="text-sm text-stone-600">비밀번호를 바꾸면 모든 기기에서 로그아웃됩니다.</p>
      <Button type="submit" loading={pending}>
        {pending ? '바꾸는 중…' : '비밀번호 바꾸기'}
      </Button>
    </form>
  );
}
