/** X-Forwarded-* are believed only through the configured proxies; otherwise anyone could pick their address, host and scheme. */
import { describe, expect, it } from 'vitest';
import { clientAddress, isHttps, requestHost, type Network } from './forwarded';

const direct: Network = { trustedProxies: [] };
const proxied: Network = { trustedProxies: ['127.0.0.1', '10.0.0.0/8', 'fd00::/8'] };
const h = (headers: Record<string, string>) => new Headers(headers);

describe('clientAddress', () => {
  it('ignores X-Forwarded-For without trusted proxies', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }), direct)).toBeNull();
  });

  it('takes the rightmost hop that is not a trusted proxy', () => {
    expect(clientAddress(h({ 'x-forwarded-for': '198.51.100.1, 203.0.113.7, 10.1.2.3, 127.0.0.1' }), proxied)).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.7' }), proxied)).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-forwarded-for': '2001:db8::5, fd00::1' }), proxied)).toBe('2001:db8::5');
    expect(clientAddress(h({ 'x-forwarded-for': '::ffff:203.0.113.7, 127.0.0.1' }), proxied)).toBe('203.0.113.7');
  });

  it('is the connection peer without proxies, whatever X-Forwarded-For says', () => {
    expect(clientAddress(h({ 'x-lektorat-peer': '::ffff:198.51.100.9', 'x-forwarded-for': '203.0.113.7' }), direct)).toBe('198.51.100.9');
    expect(clientAddress(h({ 'x-lektorat-peer': '198.51.100.9', 'x-forwarded-for': '203.0.113.7' }), proxied)).toBe('198.51.100.9');
  });

  it('walks X-Forwarded-For when the peer is a trusted proxy', () => {
    expect(clientAddress(h({ 'x-lektorat-peer': '127.0.0.1', 'x-forwarded-for': '198.51.100.1, 203.0.113.7' }), proxied)).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-lektorat-peer': '127.0.0.1', 'x-forwarded-for': '203.0.113.7, 10.1.2.3' }), proxied)).toBe('203.0.113.7');
    expect(clientAddress(h({ 'x-lektorat-peer': '127.0.0.1' }), proxied)).toBeNull();
  });

  it('gives up on a chain it cannot read, or one made of proxies only', () => {
    expect(clientAddress(h({ 'x-forwarded-for': 'evil, 127.0.0.1' }), proxied)).toBeNull();
    expect(clientAddress(h({ 'x-forwarded-for': '10.0.0.1, 127.0.0.1' }), proxied)).toBeNull();
    expect(clientAddress(h({}), proxied)).toBeNull();
  });
});

describe('requestHost', () => {
  it('is the Host header unless a trusted proxy forwards another', () => {
    const headers = h({ host: 'app:3000', 'x-forwarded-host': 'evil.example' });
    expect(requestHost(headers, direct)).toBe('app:3000');
    expect(requestHost(headers, proxied)).toBe('evil.example');
    expect(requestHost(h({ host: 'app:3000', 'x-forwarded-host': 'spoofed.example, lektorat.example' }), proxied)).toBe('lektorat.example');
  });
});

describe('isHttps', () => {
  it('believes X-Forwarded-Proto only through a trusted proxy, and BETTER_AUTH_URL always', () => {
    const headers = h({ 'x-forwarded-proto': 'https' });
    expect(isHttps(headers, direct)).toBe(false);
    expect(isHttps(headers, proxied)).toBe(true);
    expect(isHttps(h({ 'x-forwarded-proto': 'http' }), proxied)).toBe(false);
    expect(isHttps(h({}), { trustedProxies: [], baseURL: 'https://lektorat.example' })).toBe(true);
    expect(isHttps(h({}), { trustedProxies: [], baseURL: 'http://lektorat.example' })).toBe(false);
  });
});
