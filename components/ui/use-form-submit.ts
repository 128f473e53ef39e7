'use client';
import { useMutation } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { useFormErrors } from './use-form-errors';

/** A submitted form: its element and its fields' values by name. */
export type SubmittedForm = {
  element: HTMLFormElement;
  /** A text field's value; '' when the form has no such field. */
  text(name: string): string;
  /** A checkbox: whether it is ticked. */
  checked(name: string): boolean;
};

function submitted(element: HTMLFormElement): SubmittedForm {
  const data = new FormData(element);
  return { element, text: (name) => String(data.get(name) ?? ''), checked: (name) => data.get(name) === 'on' };
}

type Options<T> = {
  /** Asked before anything is sent; false cancels the submit (a confirm dialog). */
  confirm?: () => boolean;
  /** The form leaves the page on success: it stays busy until the next page shows. */
  navigates?: boolean;
  /** Where to go on success (fresh server data there); implies `navigates`. */
  redirectTo?: (result: T) => string;
  /** Runs after the call succeeded; the form stays busy until it settles. */
  onSuccess?: (result: T, form: SubmittedForm) => unknown;
  /** Takes over a failure it recognises: return true and no message is shown. */
  onError?: (error: unknown, form: SubmittedForm) => boolean;
};

/**
 * Every form's submit: one react-query mutation plus the field errors and message of a failed
 * call (problem+json), a busy flag for the button and the last result for success notes.
 */
export function useFormSubmit<T>(submit: (form: SubmittedForm) => Promise<T>, options: Options<T> = {}) {
  const router = useRouter();
  const errors = useFormErrors();
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: async (result, form) => {
      await options.onSuccess?.(result, form);
      if (options.redirectTo) {
        router.push(options.redirectTo(result));
        router.refresh();
      }
    },
    onError: (error, form) => {
      if (!options.onError?.(error, form)) errors.show(error);
    },
  });
  return {
    errors,
    pending: mutation.isPending || ((options.navigates || options.redirectTo !== undefined) && mutation.isSuccess),
    succeeded: mutation.isSuccess,
    result: mutation.data,
    onSubmit(e: FormEvent<HTMLFormElement>) {
      e.preventDefault();
      errors.clear();
      if (options.confirm && !options.confirm()) return;
      mutation.mutate(submitted(e.currentTarget));
    },
  };
}
