'use client';
import { useState } from 'react';
import { ApiError } from '@/lib/http/client';

/** Field errors and a form-level message from a failed API call. */
export function useFormErrors() {
  const [fields, setFields] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  return {
    fields,
    message,
    clear() {
      setFields({});
      setMessage(null);
    },
    show(error: unknown) {
      if (error instanceof ApiError) {
        const f = error.fieldErrors();
        setFields(f);
        setMessage(Object.keys(f).length ? '입력한 내용을 확인해 주세요.' : error.message);
      } else {
        setFields({});
        setMessage('문제가 생겼습니다. 잠시 후 다시 시도해 주세요.');
      }
    },
    setMessage,
  };
}
