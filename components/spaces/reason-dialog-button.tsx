'use client';
import { useState, type ReactNode } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { TextareaField } from '@/components/ui/form-fields';
import { Modal } from '@/components/ui/modal';
import { useFormSubmit } from '@/components/ui/use-form-submit';
import { useRouter } from 'next/navigation';

/** A button that asks for a reason in a dialog, then sends it (거절, 호스트 취소) and refreshes the page. */
export function ReasonDialogButton({
  label,
  title,
  description,
  confirmLabel,
  send,
}: {
  label: string;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  send: (reason: string) => Promise<unknown>;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const submit = useFormSubmit((form) => send(form.text('reason')), {
    onSuccess: () => {
      setOpen(false);
      router.refresh();
    },
  });
  return (
    <>
      <Button variant="secondary" onClick={() => setOpen(true)}>
        {label}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={title}>
        <form onSubmit={submit.onSubmit} className="flex flex-col gap-3" noValidate>
          {description && <div className="text-sm text-stone-700">{description}</div>}
          <TextareaField label="사유" name="reason" rows={3} maxLength={200} required errors={submit.errors.fields.reason} />
          {submit.errors.message && <Alert>{submit.errors.message}</Alert>}
          <div className="flex justify-end gap-2">
            <Button type="button" variant="secondary" onClick={() => setOpen(false)}>
              닫기
            </Button>
            <Button type="submit" loading={submit.pending}>
              {confirmLabel}
            </Button>
          </div>
        </form>
      </Modal>
    </>
  );
}
