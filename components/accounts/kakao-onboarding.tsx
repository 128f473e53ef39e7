'use client';
import Link from '@/components/ui/link';
import { useState } from 'react';
import { NeighbourhoodPicker } from '@/components/neighbourhoods/neighbourhood-picker';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card } from '@/components/ui/card';
import { TextField } from '@/components/ui/text-field';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { completeOAuthSignupEndpoint, linkOAuthSignupEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';
import type { NeighbourhoodView } from '@/lib/neighbourhoods/schema';

type Props = { nickname: string | null; email: string | null; existingAccount: boolean; next: string };

/** Kakao nicknames may hold characters usernames can't; offer the closest valid one. */
const suggestUsername = (nickname: string | null) => (nickname ?? '').replace(/[^\p{L}\p{N}_]/gu, '').slice(0, 20);

export function KakaoOnboarding({ nickname, email, existingAccount, next }: Props) {
  const [neighbourhood, setNeighbourhood] = useState<NeighbourhoodView | null>(null);
  const askEmail = !email || existingAccount;
  const signup = useFormSubmit(
    (form) =>
      callEndpoint(completeOAuthSignupEndpoint, {
        body: { username: form.text('username'), neighbourhoodCode: neighbourhood?.code ?? '', ...(askEmail && { email: form.text('email') }) },
      }),
    { redirectTo: () => next },
  );
  const link = useFormSubmit((form) => callEndpoint(linkOAuthSignupEndpoint, { body: { password: form.text('password') } }), { redirectTo: () => next });
  const pending = signup.pending ? 'signup' : link.pending ? 'link' : null;
  const signupErrors = signup.errors;
  const linkErrors = link.errors;

  return (
    <div className="flex flex-col gap-4">
      {existingAccount && (
        <Card title="이미 가입된 계정이 있어요">
          <form method="post" onSubmit={link.onSubmit} noValidate className="flex flex-col gap-4">
            <p className="text-sm text-stone-700">
              <strong>{email}</strong>로 가입한 계정이 있습니다. 그 계정의 비밀번호를 입력하면 카카오 로그인을 연결해 드려요.
            </p>
            {linkErrors.message && <Alert>{linkErrors.message}</Alert>}
            <TextField label="기존 계정 비밀번호" name="password" type="password" autoComplete="current-password" required errors={linkErrors.fields.password} />
            <Button type="submit" loading={pending === 'link'} disabled={pending !== null}>
              {pending === 'link' ? '연결하는 중…' : '기존 계정에 연결하기'}
            </Button>
            <Link href="/forgot-password" className="text-center text-sm font-medium text-brand-700 underline">
              비밀번호를 잊으셨나요?
            </Link>
          </form>
        </Card>
      )}
      <Card title={existingAccount ? '새 계정으로 시작하기' : '우리 동네를 알려 주세요'}>
        <form method="post" onSubmit={signup.onSubmit} noValidate className="flex flex-col gap-4">
          <p className="text-sm text-stone-700">
            {existingAccount
              ? '다른 이메일로 새 계정을 만들 수도 있어요.'
              : '동네를 정하면 가입이 끝나요. 같은 동네 이웃들의 글과 모임이 보입니다.'}
          </p>
          {signupErrors.message && <Alert>{signupErrors.message}</Alert>}
          <NeighbourhoodPicker value={neighbourhood} onChange={setNeighbourhood} errors={signupErrors.fields.neighbourhoodCode} />
          <TextField
            label="닉네임"
            name="username"
            autoComplete="nickname"
            required
            defaultValue={suggestUsername(nickname)}
            hint="2~20자, 한글·영문·숫자·밑줄"
            errors={signupErrors.fields.username}
          />
          {askEmail ? (
            <TextField
              label="이메일"
              name="email"
              type="email"
              autoComplete="email"
              required
              hint="알림과 비밀번호 찾기에 써요. 인증 메일을 보내 드립니다."
              errors={signupErrors.fields.email}
            />
          ) : (
            <p className="text-sm text-stone-600">이메일: {email} (카카오에서 인증됨)</p>
          )}
          <Button type="submit" loading={pending === 'signup'} disabled={pending !== null}>
            {pending === 'signup' ? '가입하는 중…' : '동네 정하고 시작하기'}
          </Button>
        </form>
      </Card>
    </div>
  );
}
