'use client';
import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { Alert } from './alert';
import { Button } from './button';
import { Modal } from './modal';
import { useAction } from './use-action';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

/**
 * A button that asks first: a modal with the consequences, 취소 (focused) and the action,
 * which shows progress and keeps the dialog open with the API's message if it fails.
 */
export function ConfirmButton({
  children,
  title,
  description,
  confirmLabel,
  pendingLabel,
  onConfirm,
  after,
  variant = 'danger',
  className = '',
  'aria-label': ariaLabel,
}: {
  children: ReactNode;
  title: string;
  description?: ReactNode;
  confirmLabel: string;
  pendingLabel?: string;
  /** Resolves when done; the dialog then closes (unless the page has moved on). */
  onConfirm: () => Promise<unknown>;
  /** What follows a success before the dialog closes: 'refresh' re-renders the server page. */
  after?: 'refresh' | (() => unknown);
  variant?: Variant;
  className?: string;
  'aria-label'?: string;
}) {
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { run, pending, error, reset } = useAction(async () => {
    await onConfirm();
    await (after === 'refresh' ? router.refresh() : after?.());
  });

  async function confirm() {
    if (await run()) setOpen(false);
  }

  return (
    <>
      <Button
        type="button"
        // A destructive trigger is outlined in red; the filled red button is the one inside the dialog.
        variant={variant === 'danger' ? 'secondary' : variant}
        className={`${variant === 'danger' ? 'border-red-300! text-red-700! hover:bg-red-50!' : ''} ${className}`}
        aria-label={ariaLabel}
        aria-haspopup="dialog"
        onClick={() => {
          reset();
          setOpen(true);
        }}
      >
        {children}
      </Button>
      <Modal open={open} onClose={() => setOpen(false)} title={title}>
        {description && <div className="text-sm text-stone-700">{description}</div>}
        {error && <Alert>{error}</Alert>}
        <div className="flex justify-end gap-2">
          <Button type="button" variant="secondary" autoFocus onClick={() => setOpen(false)} disabled={pending}>
            취소
          </Button>
          <Button type="button" variant={variant} loading={pending} onClick={confirm}>
            {pending ? (pendingLabel ?? confirmLabel) : confirmLabel}
          </Button>
        </div>
      </Modal>
    </>
  );
}
