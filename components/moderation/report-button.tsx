'use client';
import { useMutation } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { ApiError, callEndpoint } from '@/lib/http/client';
import { createReportEndpoint } from '@/lib/http/routes';
import { reasonLabels, type Reason, type TargetType } from '@/lib/reports/labels';

/** One tap opens the reason sheet; one more sends the report. */
export function ReportButton({ targetType, targetId, label, className = '' }: { targetType: TargetType; targetId: number; label: string; className?: string }) {
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<Reason | null>(null);
  const [text, setText] = useState('');
  const report = useMutation({
    // Sent only once a reason is picked (submit checks it).
    mutationFn: () => callEndpoint(createReportEndpoint, { body: { targetType, targetId, reason: reason!, ...(text.trim() && { text }) } }),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason) report.mutate();
  };
  const already = report.error instanceof ApiError && report.error.status === 409;
  return (
    <>
      <button
        type="button"
        onClick={() => setOpen(true)}
        aria-label={label}
        className={`min-h-11 rounded-lg px-2 text-sm font-medium text-stone-500 hover:bg-stone-100 hover:text-red-700 ${className}`}
      >
        신고
      </button>
      <Modal open={open} onClose={() => setOpen(false)} title={label}>
        {report.isSuccess || already ? (
          <>
            <Alert tone="success">{already ? '이미 신고했어요. 운영자가 검토하고 있어요.' : '신고했어요. 운영자가 검토할게요. 고마워요.'}</Alert>
            <Button variant="secondary" onClick={() => setOpen(false)}>
              닫기
            </Button>
          </>
        ) : (
          <form onSubmit={submit} className="flex flex-col gap-3">
            <fieldset className="flex flex-col gap-1">
              <legend className="mb-1 text-sm font-medium text-stone-800">신고 사유</legend>
              {(Object.entries(reasonLabels) as [Reason, string][]).map(([value, text]) => (
                <label key={value} className="flex min-h-11 cursor-pointer items-center gap-3 rounded-lg border border-stone-200 px-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
                  <input type="radio" name="reason" value={value} checked={reason === value} onChange={() => setReason(value)} className="size-4" />
                  {text}
                </label>
              ))}
            </fieldset>
            <TextareaField label="자세한 내용 (선택)" value={text} onChange={(e) => setText(e.target.value)} maxLength={1000} rows={3} errors={report.error instanceof ApiError ? report.error.fieldErrors().text : undefined} />
            {report.isError && !already && <Alert>{report.error.message}</Alert>}
            <div className="flex justify-end gap-2">
              <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
                취소
              </Button>
              <Button type="submit" variant="danger" disabled={!reason} loading={report.isPending}>
                신고하기
              </Button>
            </div>
          </form>
        )}
      </Modal>
    </>
  );
}
