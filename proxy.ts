/** Every page gets a Content-Security-Policy with a fresh nonce (and HSTS over https); signed-out visitors go to the sign-in page. */
import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';
// The module itself, not lib/auth's index: the proxy needs no database or Better Auth server code.
import { isHttps } from './lib/auth/forwarded';
import { env } from './lib/env';

/**
 * Scripts only from this origin with the nonce Next.js puts on its own (and what they load,
 * 'strict-dynamic'); no inline script or style without it, no framing, no plug-ins, forms and
 * <base> to this origin only.
 */
function contentSecurityPolicy(nonce: string, https: boolean): string {
  return [
    "default-src 'self'",
    // Development only: React rebuilds server error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${process.env.NODE_ENV === 'development' ? " 'unsafe-eval'" : ''}`,
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // On plain http this would send every request to an https port that does not exist.
    ...(https ? ['upgrade-insecure-requests'] : []),
  ].join('; ');
}

export function proxy(request: NextRequest) {
  const https = isHttps(request.headers, { trustedProxies: env().TRUSTED_PROXIES, baseURL: env().BETTER_AUTH_URL });
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64');
  const csp = contentSecurityPolicy(nonce, https);

  let response: NextResponse;
  // Only the presence of a session cookie is checked here; every API call verifies the session for real.
  if (getSessionCookie(request) || request.nextUrl.pathname === '/sign-in') {
    // Next.js reads the nonce from the request's policy and puts it on the scripts it renders.
    const headers = new Headers(request.headers);
    headers.set('content-security-policy', csp);
    response = NextResponse.next({ request: { headers } });
  } else {
    const url = new URL('/sign-in', request.url);
    const next = request.nextUrl.pathname + request.nextUrl.search;
    if (next !== '/') url.searchParams.set('next', next);
    response = NextResponse.redirect(url);
  }
  response.headers.set('content-security-policy', csp);
  if (https) response.headers.set('strict-transport-security', 'max-age=31536000');
  return response;
}

export const config = {
  // Every page, the sign-in page included; not the API (next.config.js gives it its headers) or static files.
  matcher: ['/((?!api/|_next/|icon\\.svg|favicon\\.ico).*)'],
};
