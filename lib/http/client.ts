import type { Problem } from './problem';

/** A failed /api call as the browser sees it: status plus the problem+json body. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Partial<Problem>,
  ) {
    super(problem.detail ?? `요청에 실패했습니다 (${status}).`);
  }
  fieldErrors(): Record<string, string[]> {
    return this.problem.errors ?? {};
  }
}

/** Same-origin fetch of our API for client components (the session cookie rides along). */
export async function apiFetch<T>(path: string, init: { method?: string; body?: unknown; signal?: AbortSignal } = {}): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: init.method ?? 'GET',
      headers: init.body === undefined ? undefined : { 'content-type': 'application/json' },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, { detail: '네트워크에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.' });
  }
  if (res.status === 204) return undefined as T;
  const data = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, data as Partial<Problem>);
  return data as T;
}

/**
 * A multipart upload with progress (0..1) for client components: fetch reports no upload
 * progress, XMLHttpRequest does. Errors come back as ApiError like apiFetch's.
 */
export function apiUpload<T>(path: string, method: 'POST' | 'PUT', form: FormData, onProgress: (fraction: number) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open(method, path);
    xhr.withCredentials = true;
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      let data: unknown = {};
      try {
        data = xhr.responseText ? JSON.parse(xhr.responseText) : {};
      } catch {
        // A proxy's HTML error page: the status still tells what happened.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as T);
      else reject(new ApiError(xhr.status, xhr.status === 413 && !(data as Problem).detail ? { detail: '파일이 너무 큽니다.' } : (data as Partial<Problem>)));
    };
    xhr.onerror = () => reject(new ApiError(0, { detail: '네트워크에 연결할 수 없습니다. 잠시 후 다시 시도해 주세요.' }));
    xhr.send(form);
  });
}
