'use client';
import type { ReactNode } from 'react';
import { useModalDialog } from './modal';

/**
 * A native modal <dialog> that is a bottom sheet on a phone (full width, from the bottom edge,
 * scrolling inside) and a side panel from sm up. Focus, Escape and the backdrop work as in Modal.
 */
export function BottomSheet({ open, onClose, title, children }: { open: boolean; onClose: () => void; title: string; children: ReactNode }) {
  const { titleId, dialogProps } = useModalDialog(open, onClose);
  return (
    <dialog
      {...dialogProps}
      className="mx-0 mt-auto mb-0 max-h-[85dvh] w-full max-w-none rounded-t-2xl bg-white p-0 text-stone-900 shadow-xl backdrop:bg-black/40 sm:mr-0 sm:ml-auto sm:mt-0 sm:h-dvh sm:max-h-none sm:w-[28rem] sm:rounded-none sm:rounded-l-2xl"
    >
      <div className="sticky top-0 z-10 flex items-center justify-between border-b border-stone-100 bg-white px-4 py-2">
        <span className="mx-auto mb-1 block h-1 w-10 rounded-full bg-stone-300 sm:hidden" aria-hidden />
      </div>
      <div className="flex items-center justify-between px-4 pb-2">
        <h2 id={titleId} className="text-lg font-bold">
          {title}
        </h2>
        <button type="button" onClick={onClose} className="flex size-11 items-center justify-center rounded-lg text-xl hover:bg-stone-100" aria-label="닫기">
          <span aria-hidden>×</span>
        </button>
      </div>
      <div className="px-4 pb-6">{open && children}</div>
    </dialog>
  );
}
