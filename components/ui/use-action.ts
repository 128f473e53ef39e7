'use client';
import { useMutation } from '@tanstack/react-query';
import { ApiError } from '@/lib/http/client';

export const SOMETHING_WENT_WRONG = '문제가 생겼습니다. 잠시 후 다시 시도해 주세요.';

/**
 * A button's call (forms use useFormSubmit): busy while it runs, then the API's message, or
 * `fallback` for anything else (network, a script), if it failed. `run` never throws; it
 * resolves to whether the call succeeded. With `stayBusy` (or when it answers true for the
 * result) the button stays busy after success: the action leaves the page.
 */
export function useAction<A = void, T = unknown>(
  action: (arg: A) => Promise<T>,
  { fallback = SOMETHING_WENT_WRONG, stayBusy = false }: { fallback?: string; stayBusy?: boolean | ((result: T) => boolean) } = {},
) {
  const mutation = useMutation({ mutationFn: action });
  return {
    run: (arg: A) => mutation.mutateAsync(arg).then(
      () => true,
      () => false,
    ),
    /** What the last successful call answered. */
    result: mutation.data,
    pending: mutation.isPending || (mutation.isSuccess && (typeof stayBusy === 'function' ? stayBusy(mutation.data) : stayBusy)),
    error: mutation.error ? (mutation.error instanceof ApiError ? mutation.error.message : fallback) : null,
    /** The problem's `reason` of the last failure, for answers the UI leads somewhere from. */
    reason: mutation.error instanceof ApiError ? mutation.error.problem.reason : undefined,
    reset: mutation.reset,
  };
}
