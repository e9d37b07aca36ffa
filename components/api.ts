/** Client-side fetch wrapper: JSON in and out, the API's error shape turned into an ApiError the UI can show. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export async function api<T>(url: string, init: RequestInit & { json?: unknown } = {}): Promise<T> {
  const { json, headers, ...rest } = init;
  let res: Response;
  try {
    res = await fetch(url, {
      ...rest,
      headers: {
        ...(json !== undefined ? { 'content-type': 'application/json' } : {}),
        ...headers,
      },
      body: json !== undefined ? JSON.stringify(json) : rest.body,
    });
  } catch {
    throw new ApiError(0, 'network', 'The server could not be reached. Check your connection; your unsaved text is still in the editor.');
  }
  if (res.status === 204) return undefined as T;
  // An expired session: go to sign-in and come back here afterwards (unsaved text stays in the open editor until then).
  if (res.status === 401 && typeof window !== 'undefined' && !url.startsWith('/api/auth') && !url.startsWith('/api/setup')) {
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new ApiError(401, 'unauthorized', body?.error?.message ?? 'Your session has ended. Sign in again.');
  }
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    // Our API answers { error: { code, message } }; Better Auth's endpoints answer { code, message }.
    const shaped = body as { error?: { code?: string; message?: string; details?: unknown }; code?: string; message?: string } | null;
    const err = shaped?.error ?? (shaped?.message ? { code: shaped.code, message: shaped.message } : undefined);
    throw new ApiError(res.status, err?.code ?? 'http', err?.message ?? `The server answered ${res.status}.`, shaped?.error?.details);
  }
  return body as T;
}
