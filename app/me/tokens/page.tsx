import type { Metadata } from 'next';
import { PersonalTokenForm } from '@/components/api-access/personal-token-form';
import { RevokeTokenButton } from '@/components/api-access/revoke-token-button';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { listPersonalTokens } from '@/lib/accounts/personal-tokens';
import { requireSessionUser } from '@/lib/auth/server-session';
import { seoulDate } from '@/lib/core/seoul-time';

export const metadata: Metadata = { title: '개인 액세스 토큰' };

export default async function PersonalTokensPage() {
  const me = await requireSessionUser('/me/tokens');
  const { items } = await listPersonalTokens(getDb(), me.id);
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">개인 액세스 토큰</h1>
      <p className="text-sm text-stone-600">
        내 스크립트나 서버가 비밀번호 없이 API를 쓰게 하는 열쇠입니다. 필요한 권한만 주고, <code>Authorization: Bearer dn_pat_…</code> 헤더로 보내세요.
        문서는 <a href="/docs" className="font-medium text-brand-700 underline">/docs</a>에 있어요.
      </p>
      <Card title="내 토큰">
        {items.length === 0 ? (
          <p className="text-sm text-stone-600">아직 만든 토큰이 없어요.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100" aria-label="내 토큰 목록">
            {items.map((t) => (
              <li key={t.id} className="flex items-start gap-3 py-3">
                <div className="flex min-w-0 flex-1 flex-col gap-1">
                  <span className="font-semibold">{t.name}</span>
                  <code className="text-xs text-stone-600">{t.prefix}…</code>
                  <span className="text-xs text-stone-600">{t.scopes.join(', ')}</span>
                  <span className="text-xs text-stone-500">
                    {t.expiresAt ? `${seoulDate(t.expiresAt)}까지` : '만료 없음'} · {t.lastUsedAt ? `마지막 사용 ${seoulDate(t.lastUsedAt)}` : '아직 쓰지 않음'}
                  </span>
                </div>
                <RevokeTokenButton id={t.id} name={t.name} />
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="새 토큰">
        <PersonalTokenForm />
      </Card>
    </div>
  );
}
