'use client';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { changePasswordEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import { NewPasswordFields } from './new-password-fields';

export function PasswordForm() {
  const { errors, pending, succeeded, onSubmit } = useFormSubmit(
    (form) =>
      callEndpoint(changePasswordEndpoint, {
        body: { currentPassword: form.text('currentPassword'), newPassword: form.text('newPassword'), newPasswordConfirm: form.text('newPasswordConfirm') },
      }),
    { onSuccess: (_, form) => form.element.reset() },
  );

  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      {succeeded && <Alert tone="success">비밀번호를 바꿨습니다. 다른 기기에서는 다시 로그인해야 합니다.</Alert>}
      <TextField label="현재 비밀번호" name="currentPassword" type="password" autoComplete="current-password" errors={errors.fields.currentPassword} />
      <NewPasswordFields errors={errors.fields} />
      <Button type="submit" variant="secondary" loading={pending}>
        {pending ? '바꾸는 중…' : '비밀번호 변경'}
      </Button>
    </form>
  );
}
