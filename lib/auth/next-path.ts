/** Where to go after signing in: only a path on this site, never another origin smuggled into `?next=`. */

// An origin no real request has: a path that resolves against it and keeps it is relative to ours.
const PROBE = 'http://next-path.invalid';

/**
 * The same-origin path to return to, or "/". Browsers read "\" as "/" and drop tabs and newlines
 * inside URLs, so "/\evil.example" or "/<tab>/evil.example" would leave the site: the value is refused
 * when it, or any percent-decoded form of it, holds a backslash or a control character, or does not resolve
 * to our own origin. The path returned is the resolved one (normalised, nothing left to reinterpret).
 */
export function safeNextPath(next: string | null | undefined): string {
  if (!next) return '/';
  // Every percent-decoded form is checked, so that no later decoding can turn it into something else.
  const forms = [next];
  for (;;) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(forms.at(-1)!);
    } catch {
      return '/';
    }
    if (decoded === forms.at(-1)) break;
    if (forms.push(decoded) > 4) return '/'; // encoded more often than any link we make
  }
  for (const form of forms) {
    if (!form.startsWith('/') || form.startsWith('//') || /[\\\u0000-\u001f\u007f]/.test(form)) return '/';
    if (new URL(form, PROBE).origin !== PROBE) return '/';
  }
  const url = new URL(next, PROBE);
  return url.pathname + url.search + url.hash;
}
