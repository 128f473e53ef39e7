'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { setPasswordEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { NewPasswordFields } from './new-password-fields';

/** For accounts made through Kakao: a password lets them also log in by email. */
export function SetPasswordForm() {
  const { errors, pending, onSubmit } = useFormSubmit(
    (form) => callEndpoint(setPasswordEndpoint, { body: { newPassword: form.text('newPassword'), newPasswordConfirm: form.text('newPasswordConfirm') } }),
    { redirectTo: () => '/me?passwordSet=1' },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-600">카카오로 가입한 계정입니다. 비밀번호를 정하면 이메일로도 로그인할 수 있어요.</p>
      {errors.message && <Alert>{errors.message}</Alert>}
      <NewPasswordFields errors={errors.fields} />
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? '설정하는 중…' : '비밀번호 설정'}
      </Button>
    </form>
  );
}
