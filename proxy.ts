/** Sends signed-out visitors to the sign-in page; the API answers 401 by itself. */
import { getSessionCookie } from 'better-auth/cookies';
import { NextResponse, type NextRequest } from 'next/server';

export function proxy(request: NextRequest) {
  // Only the presence of a session cookie is checked here; every API call verifies the session for real.
  if (getSessionCookie(request)) return NextResponse.next();
  const url = new URL('/sign-in', request.url);
  const next = request.nextUrl.pathname + request.nextUrl.search;
  if (next !== '/') url.searchParams.set('next', next);
  return NextResponse.redirect(url);
}

export const config = {
  // Everything but the API, the sign-in page and static files.
  matcher: ['/((?!api/|sign-in|_next/|icon\\.svg|favicon\\.ico).*)'],
};
