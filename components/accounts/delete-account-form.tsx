'use client';
import { signOut } from 'next-auth/react';
import { useRef, useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Modal } from '@/components/ui/modal';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { deleteMeEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

/** Deleting asks first in the app's own dialog (not the browser's confirm box), then submits the form. */
export function DeleteAccountForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const confirmed = useRef(false);
  const [asking, setAsking] = useState(false);
  const { errors, pending, onSubmit } = useFormSubmit(
    async (form) => {
      confirmed.current = false;
      await callEndpoint(deleteMeEndpoint, { body: { password: form.text('password') } });
      await signOut({ redirect: false });
    },
    {
      confirm: () => {
        if (confirmed.current) return true;
        setAsking(true);
        return false;
      },
      redirectTo: () => '/restore?deleted=1',
    },
  );

  return (
    <form ref={formRef} method="post" onSubmit={onSubmit} noValidate className="flex flex-col gap-4">
      <p className="text-sm text-stone-600">
        탈퇴하면 바로 로그아웃되고 다른 이웃에게 프로필이 보이지 않습니다. 쓴 글은 ‘탈퇴한 사용자’로 남습니다. 30일
        안에는 계정을 복구할 수 있습니다.
      </p>
      {errors.message && <Alert>{errors.message}</Alert>}
      <TextField label="비밀번호 확인" name="password" type="password" autoComplete="current-password" errors={errors.fields.password} />
      <Button type="submit" variant="danger" loading={pending}>
        {pending ? '탈퇴하는 중…' : '회원 탈퇴'}
      </Button>
      <Modal open={asking} onClose={() => setAsking(false)} title="정말 탈퇴할까요?">
        <p className="text-sm text-stone-700">30일 안에는 이메일과 비밀번호로 복구할 수 있습니다.</p>
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" autoFocus onClick={() => setAsking(false)}>
            취소
          </Button>
          <Button
            type="button"
            variant="danger"
            onClick={() => {
              setAsking(false);
              confirmed.current = true;
              formRef.current?.requestSubmit();
            }}
          >
            탈퇴하기
          </Button>
        </div>
      </Modal>
    </form>
  );
}
