'use client';
import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';

/**
 * A native modal <dialog>'s wiring: `open` drives showModal()/close(), `onClose` hears every way
 * it closes, and a click on the backdrop (which lands on the dialog element itself) closes it.
 */
export function useModalDialog(open: boolean, onClose: () => void) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const onClick = (e: MouseEvent<HTMLDialogElement>) => {
    if (e.target === e.currentTarget) onClose();
  };
  return { titleId, dialogProps: { ref, 'aria-labelledby': titleId, onClose, onClick } };
}

/**
 * A native modal <dialog>: the browser traps focus, closes on Escape and restores focus to
 * the opener. `open` drives showModal()/close(); `onClose` hears every way it closes.
 */
export function Modal({
  open,
  onClose,
  title,
  children,
  className = '',
}: {
  open: boolean;
  onClose: () => void;
  title: string;
  children: ReactNode;
  className?: string;
}) {
  const { titleId, dialogProps } = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialogProps}
      className={`m-auto w-[min(28rem,calc(100vw-2rem))] rounded-2xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-black/40 ${className}`}
    >
      <div className="flex flex-col gap-4 p-5">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        {children}
      </div>
    </dialog>
  );
}
