'use client';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { resendVerificationEndpoint } from '@/lib/accounts/endpoints';
import { ApiError, callEndpoint } from '@/lib/http/client';

export function ResendVerificationButton({ className = '' }: { className?: string }) {
  const [pending, setPending] = useState(false);
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null);
  return (
    <div className={`flex flex-wrap items-center gap-2 ${className}`}>
      <Button
        variant="secondary"
        className="min-h-9 px-3 text-sm"
        loading={pending}
        onClick={async () => {
          setPending(true);
          setResult(null);
          try {
            const { message } = await callEndpoint(resendVerificationEndpoint);
            setResult({ ok: true, message });
          } catch (error) {
            setResult({ ok: false, message: error instanceof ApiError ? error.message : '보내지 못했습니다. 잠시 후 다시 시도해 주세요.' });
          } finally {
            setPending(false);
          }
        }}
      >
        {pending ? '보내는 중…' : '인증 메일 다시 받기'}
      </Button>
      {result && (
        <p role="status" className={`text-sm ${result.ok ? 'text-green-800' : 'text-red-700'}`}>
          {result.message}
        </p>
      )}
    </div>
  );
}
