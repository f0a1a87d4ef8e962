/* eslint-disable @typescript-eslint/no-explicit-any -- tests assert on response bodies field by field */
/** A small HTTP client for tests: keeps the session cookie and sends the CSRF header. */
export interface Res<T = any> {
  status: number;
  body: T;
  text: string;
  headers: Headers;
}

export class Client {
  private cookie: string | null = null;
  csrf: string | null = null;
  token: string | null = null;
  user: { id: string; email: string; role: string; displayName: string } | null = null;

  constructor(readonly baseUrl: string) {}

  async login(email: string, password: string): Promise<Res> {
    const res = await this.request('POST', '/api/auth/login', { email, password });
    if (res.status === 200) {
      this.csrf = res.body.csrfToken;
      this.user = res.body.user;
    }
    return res;
  }

  withToken(token: string): Client {
    const c = new Client(this.baseUrl);
    c.token = token;
    return c;
  }

  get = <T = any>(path: string, headers?: Record<string, string>) =>
    this.request<T>('GET', path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('POST', path, body, headers);
  patch = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('PATCH', path, body, headers);
  put = <T = any>(path: string, body?: unknown, headers?: Record<string, string>) =>
    this.request<T>('PUT', path, body, headers);
  delete = <T = any>(path: string, headers?: Record<string, string>) =>
    this.request<T>('DELETE', path, undefined, headers);

  async request<T = any>(
    method: string,
    path: string,
    body?: unknown,
    extra: Record<string, string> = {},
  ): Promise<Res<T>> {
    const headers: Record<string, string> = { ...extra };
    if (this.cookie) headers.cookie = this.cookie;
    if (this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    if (this.token) headers.authorization = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
      payload = typeof body === 'string' ? body : JSON.stringify(body);
    }
    const res = await fetch(this.baseUrl + path, {
      method,
      headers,
      body: payload,
      redirect: 'manual',
    });
    const setCookie = res.headers.getSetCookie();
    for (const c of setCookie) {
      const [pair] = c.split(';');
      if (/^(__Host-)?tsn_session=/.test(pair)) this.cookie = pair.endsWith('=') ? null : pair;
    }
    const text = await res.text();
    let parsed: any = text;
    if ((res.headers.get('content-type') ?? '').includes('json') && text) parsed = JSON.parse(text);
    return { status: res.status, body: parsed as T, text, headers: res.headers };
  }
}
