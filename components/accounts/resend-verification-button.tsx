'use client';
import { Button } from '@/components/ui/button';
import { useAction } from '@/components/ui/use-action';
import { resendVerificationEndpoint } from '@/lib/http/routes';
import { callEndpoint } from '@/lib/http/client';

export function ResendVerificationButton({ className = '' }: { className?: string }) {
  const { run, pending, error, result } = useAction(() => callEndpoint(resendVerificationEndpoint), { fallback: '보내지 못했습니다. 잠시 후 다시 시도해 주세요.' });
  const message = pending ? null : (error ?? result?.message);
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <Button variant="secondary" className="min-h-9 px-3 text-sm" loading={pending} onClick={() => run()}>
        {pending ? '보내는 중…' : '인증 메일 다시 받기'}
      </Button>
      {message && (
        <p role="status" className={`text-sm ${error ? 'text-red-700' : 'text-green-800'}`}>
          {message}
        </p>
      )}
    </div>
  );
}
