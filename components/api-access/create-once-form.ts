'use client';
import { useRouter } from 'next/navigation';
import { useFormSubmit, type SubmittedForm } from '@/components/ui/use-form-submit';

/**
 * A form that creates something whose secret is shown once (a token, a signing secret): on
 * success the form empties and the server-rendered list beside it refreshes; `result` keeps the
 * answer for the one-time display.
 */
export function useCreateOnceForm<T>(submit: (form: SubmittedForm) => Promise<T>) {
  const router = useRouter();
  return useFormSubmit(submit, {
    onSuccess: (_, form) => {
      form.element.reset();
      router.refresh();
    },
  });
}
