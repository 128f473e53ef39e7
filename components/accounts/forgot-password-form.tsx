'use client';
import Link from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { requestPasswordResetEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

export function ForgotPasswordForm() {
  const { errors, pending, result, onSubmit } = useFormSubmit((form) => callEndpoint(requestPasswordResetEndpoint, { body: { email: form.text('email') } }));

  if (result) {
    return (
      <div className="flex flex-col gap-4">
        <Alert tone="success">{result.message}</Alert>
        <p className="text-sm text-stone-600">링크는 30분 동안 한 번만 쓸 수 있어요. 메일이 보이지 않으면 스팸함도 확인해 주세요.</p>
        <Link href="/login" className="text-center font-medium text-brand-700 underline">
          로그인으로 돌아가기
        </Link>
      </div>
    );
  }
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      {errors.message && <Alert>{errors.message}</Alert>}
      <p className="text-sm text-stone-600">가입한 이메일 주소를 입력하면 비밀번호를 다시 정할 수 있는 링크를 보내 드려요.</p>
      <TextField label="이메일" name="email" type="email" autoComplete="email" required errors={errors.fields.email} />
      <Button type="submit" loading={pending}>
        {pending ? '보내는 중…' : '재설정 링크 받기'}
      </Button>
      <Link href="/login" className="text-center text-sm font-medium text-brand-700 underline">
        로그인으로 돌아가기
      </Link>
    </form>
  );
}
