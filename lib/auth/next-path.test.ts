/** After sign-in the browser goes to `next`: only a path on this site, whatever a link put there. */
import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

// Each as the page receives it: Next.js has already percent-decoded the query parameter once.
const hostile = [
  '//evil.example',
  '//evil.example/path',
  '/\\evil.example',
  '\\\\evil.example',
  '/\\/evil.example',
  '/%5Cevil.example',
  '/%5cevil.example',
  '/%255Cevil.example',
  '/\t/evil.example',
  '/%09/evil.example',
  '/\n/evil.example',
  '/%0A/evil.example',
  '/\r/evil.example',
  '/%2F/evil.example',
  '/%2f%2fevil.example',
  'https://evil.example',
  'http://evil.example/',
  'HTTPS://evil.example',
  '//evil.example@good',
  'javascript:alert(1)',
  'JavaScript:alert(1)',
  'java\tscript:alert(1)',
  '%6Aavascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'evil.example',
  ' /documents',
  '',
  '/%',
];

describe('safeNextPath', () => {
  it.each(hostile)('sends %j home instead', (next) => {
    expect(safeNextPath(next)).toBe('/');
  });

  it('sends nothing home', () => {
    expect(safeNextPath(undefined)).toBe('/');
    expect(safeNextPath(null)).toBe('/');
  });

  it.each([
    ['/', '/'],
    ['/documents/12', '/documents/12'],
    ['/documents/12?segment=4#s4', '/documents/12?segment=4#s4'],
    ['/stats?from=2026-01-01&to=2026-12-31', '/stats?from=2026-01-01&to=2026-12-31'],
    ['/documents/12/../../settings', '/settings'],
  ])('keeps the same-site path %j', (next, expected) => {
    expect(safeNextPath(next)).toBe(expected);
  });

  it('never returns something that leaves the site, for any of the hostile inputs resolved as a browser would', () => {
    for (const next of hostile) {
      const landed = new URL(safeNextPath(next), 'https://lektorat.example');
      expect(landed.origin).toBe('https://lektorat.example');
    }
  });
});
