import type { Metadata } from 'next';
import { WebhookActions } from '@/components/api-access/webhook-actions';
import { WebhookForm } from '@/components/api-access/webhook-form';
import { Card } from '@/components/ui/card';
import { getDb } from '@/db/client';
import { requireSessionUser } from '@/lib/auth/server-session';
import { listDeliveries, listWebhooks } from '@/lib/webhooks/manage';

export const metadata: Metadata = { title: '웹훅' };

const statusLabels = { pending: '보내는 중', succeeded: '성공', failed: '실패' } as const;

export default async function WebhooksPage() {
  const me = await requireSessionUser('/me/webhooks');
  const db = getDb();
  const { items } = await listWebhooks(db, me.id);
  const recent = await Promise.all(items.map((w) => listDeliveries(db, me.id, w.id, { page: 1, size: 5 })));
  return (
    <div className="flex flex-col gap-4">
      <h1 className="text-2xl font-bold">웹훅</h1>
      <p className="text-sm text-stone-600">
        내가 여는 경기·공간·같이 주문에 일이 생기면 내 서버로 알려 드려요. 요청마다 Standard Webhooks 서명(webhook-signature)이 붙고, 실패하면 24시간 동안 다시 보냅니다.
      </p>
      <Card title="내 웹훅">
        {items.length === 0 ? (
          <p className="text-sm text-stone-600">아직 등록한 웹훅이 없어요.</p>
        ) : (
          <ul className="flex flex-col divide-y divide-stone-100" aria-label="내 웹훅 목록">
            {items.map((w, i) => (
              <li key={w.id} className="flex flex-col gap-2 py-3">
                <div className="flex flex-wrap items-center gap-2">
                  <code className="break-all text-sm font-semibold">{w.url}</code>
                  <span className={`rounded-full px-2 py-0.5 text-xs ${w.enabled ? 'bg-green-50 text-green-800' : 'bg-stone-100 text-stone-700'}`}>{w.enabled ? '켜짐' : '꺼짐'}</span>
                </div>
                {w.description && <p className="text-sm text-stone-700">{w.description}</p>}
                <p className="text-xs text-stone-600">{w.events.join(', ')}</p>
                <WebhookActions id={w.id} url={w.url} enabled={w.enabled} />
                <table className="w-full text-left text-xs" aria-label={`${w.url} 최근 전송`}>
                  <thead>
                    <tr className="text-stone-500">
                      <th className="py-1 font-medium">이벤트</th>
                      <th className="py-1 font-medium">결과</th>
                      <th className="py-1 font-medium">시도</th>
                      <th className="py-1 font-medium">응답</th>
                    </tr>
                  </thead>
                  <tbody>
                    {recent[i]!.items.length === 0 ? (
                      <tr>
                        <td colSpan={4} className="py-1 text-stone-500">아직 보낸 것이 없어요.</td>
                      </tr>
                    ) : (
                      recent[i]!.items.map((d) => (
                        <tr key={d.id}>
                          <td className="py-1"><code>{d.type}</code></td>
                          <td className="py-1">{statusLabels[d.status]}</td>
                          <td className="py-1">{d.attempts}</td>
                          <td className="py-1">{d.responseStatus ?? d.lastError ?? '—'}</td>
                        </tr>
                      ))
                    )}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title="새 웹훅">
        <WebhookForm />
      </Card>
    </div>
  );
}
