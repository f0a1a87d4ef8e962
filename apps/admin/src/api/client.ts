/**
 * The admin's HTTP client: JSON over fetch with the session cookie, the CSRF header on writes,
 * and one error type. Screens call `api.get/post/patch/del` through TanStack Query.
 */

/** An error answer of the API (`{statusCode, error, message}`), or a network failure (status 0). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly error: string = '',
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /**
   * The parts of a validation message that name a field, e.g. "email must be an email address;
   * password must be longer…" → {email: …, password: …}. Parts naming no known field are left out.
   */
  fieldErrors<F extends string>(fields: readonly F[]): Partial<Record<F, string>> {
    const out: Partial<Record<F, string>> = {};
    for (const part of this.message.split('; ')) {
      const field = fields.find(
        (f) => part === f || part.startsWith(`${f} `) || part.startsWith(`${f}:`),
      );
      if (field && !out[field]) out[field] = part;
    }
    return out;
  }
}

let csrfToken: string | null = null;
let onUnauthorized: (() => void) | null = null;

/** Set from the login answer and from `GET /api/auth/me`. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token;
}

let csrfFetch: Promise<void> | null = null;

/**
 * A write with no CSRF token yet: the shell opened offline from the remembered user (who is kept
 * without the token) and is back online. Ask `me` for the token first (once for all waiting
 * writes), so the first save after reconnecting does not fail with 403.
 */
function ensureCsrfToken(): Promise<void> {
  csrfFetch ??= fetch('/api/auth/me', {
    headers: { accept: 'application/json' },
    credentials: 'same-origin',
  })
    .then(async (res) => {
      if (!res.ok) return;
      const me = (await res.json()) as { csrfToken?: string | null };
      csrfToken ??= me.csrfToken ?? null;
    })
    .catch(() => undefined)
    .finally(() => {
      csrfFetch = null;
    });
  return csrfFetch;
}

/**
 * Called when a request of a logged-in screen answers 401 (the session expired or was ended).
 * The session layer sends the user to the login page; nothing in localStorage is touched, so an
 * open draft kept there survives.
 */
export function setUnauthorizedHandler(handler: (() => void) | null): void {
  onUnauthorized = handler;
}

export interface RequestOptions {
  /** A 401 is an ordinary answer here (login, the first `me`): no redirect. */
  allowUnauthorized?: boolean;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export type Query = Record<string, string | number | boolean | null | undefined>;

/** `/api/audit` + {actorId: 'x', entity: ''} → `/api/audit?actorId=x` (empty values left out). */
export function withQuery(path: string, query: Query = {}): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

async function request<T>(
  method: string,
  path: string,
  body?: unknown,
  options: RequestOptions = {},
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (method !== 'GET' && !csrfToken && !options.allowUnauthorized) await ensureCsrfToken();
  if (method !== 'GET' && csrfToken) headers['x-csrf-token'] = csrfToken;
  let payload: BodyInit | undefined;
  if (body instanceof FormData) payload = body;
  else if (body !== undefined) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      headers,
      body: payload,
      credentials: 'same-origin',
      signal: options.signal,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new ApiError(0, 'network', 'Network Error');
  }
  const text = await res.text();
  let data: unknown = undefined;
  if (text && (res.headers.get('content-type') ?? '').includes('json')) {
    try {
      data = JSON.parse(text);
    } catch {
      data = undefined;
    }
  }
  if (!res.ok) {
    const err = (data ?? {}) as { message?: unknown; error?: unknown };
    const message = typeof err.message === 'string' ? err.message : res.statusText;
    const error = new ApiError(res.status, message, typeof err.error === 'string' ? err.error : '');
    if (res.status === 401 && !options.allowUnauthorized) onUnauthorized?.();
    throw error;
  }
  return data as T;
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, undefined, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('POST', path, body, options),
  patch: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PATCH', path, body, options),
  put: <T>(path: string, body?: unknown, options?: RequestOptions) =>
    request<T>('PUT', path, body, options),
  del: <T = void>(path: string, options?: RequestOptions) =>
    request<T>('DELETE', path, undefined, options),
};
