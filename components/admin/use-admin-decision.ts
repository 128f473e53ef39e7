'use client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { ApiError } from '@/lib/http/client';

/**
 * An admin dialog's submit: runs the call, refreshes every admin list and closes; the API's
 * field errors come back keyed by field for the form to show.
 */
export function useAdminDecision(call: () => Promise<unknown>, onClose: () => void) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: call,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['admin'] });
      onClose();
    },
  });
  const errors = run.error instanceof ApiError ? run.error.fieldErrors() : {};
  const submit = (e: FormEvent) => {
    e.preventDefault();
    run.mutate();
  };
  return { run, errors, submit };
}
