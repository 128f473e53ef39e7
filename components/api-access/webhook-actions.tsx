'use client';
import { useRouter } from 'next/navigation';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { useAction } from '@/components/ui/use-action';
import { callEndpoint } from '@/lib/http/client';
import { deleteWebhookEndpoint, testWebhookEndpoint, updateWebhookEndpoint } from '@/lib/http/routes';

/** 테스트 보내기, 켜기/끄기 and 삭제 for one endpoint; the page re-renders after each. */
export function WebhookActions({ id, url, enabled }: { id: number; url: string; enabled: boolean }) {
  const router = useRouter();
  const test = useAction(async () => {
    await callEndpoint(testWebhookEndpoint, { params: { id } });
    router.refresh();
  });
  const toggle = useAction(async () => {
    await callEndpoint(updateWebhookEndpoint, { params: { id }, body: { enabled: !enabled } });
    router.refresh();
  });
  return (
    <div className="flex flex-col gap-2">
      {(test.error ?? toggle.error) && <Alert>{test.error ?? toggle.error}</Alert>}
      <div className="flex flex-wrap gap-2">
        <Button type="button" variant="secondary" loading={test.pending} onClick={() => void test.run()}>
          테스트 보내기
        </Button>
        <Button type="button" variant="secondary" loading={toggle.pending} onClick={() => void toggle.run()}>
          {enabled ? '끄기' : '다시 켜기'}
        </Button>
        <ConfirmButton
          title="웹훅 삭제"
          description={`${url} 으로 더는 보내지 않고 전송 기록도 지웁니다.`}
          confirmLabel="삭제"
          aria-label={`${url} 웹훅 삭제`}
          onConfirm={() => callEndpoint(deleteWebhookEndpoint, { params: { id } })}
          after="refresh"
        >
          삭제
        </ConfirmButton>
      </div>
    </div>
  );
}
