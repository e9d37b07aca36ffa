/** What a request says about its client (address, host, scheme), believing X-Forwarded-* only through configured proxies. */
import { BlockList, isIP } from 'node:net';

/**
 * The proxies in front of the app and the public URL. Next.js gives route handlers no connection address,
 * so the production server (scripts/server.mjs) stamps it as PEER_HEADER; without it (a bare `next start`),
 * X-Forwarded-* are believed when TRUSTED_PROXIES is set and the client is unknown otherwise.
 */
export interface Network {
  trustedProxies: readonly string[];
  /** BETTER_AUTH_URL, when set. */
  baseURL?: string;
}

/** The connection's own address, set by scripts/server.mjs on every request (a client's copy is overwritten). */
export const PEER_HEADER = 'x-lektorat-peer';

/** The value the nearest proxy wrote: proxies append, so a client's own value can only be further left. */
function lastValue(headers: Headers, name: string): string | null {
  const value = headers.get(name)?.split(',').at(-1)?.trim().toLowerCase();
  return value || null;
}

/** "::ffff:192.0.2.1" (an IPv4 client on an IPv6 socket) is 192.0.2.1. */
function plainAddress(value: string): string | null {
  const address = value.toLowerCase().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return isIP(address) ? address : null;
}

function proxyList(trustedProxies: readonly string[]): BlockList {
  const list = new BlockList();
  for (const entry of trustedProxies) {
    const [address = '', prefix] = entry.split('/');
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4';
    if (prefix === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(prefix), type);
  }
  return list;
}

/**
 * The client's address: the connection's peer, unless that is a trusted proxy — then the rightmost hop of
 * X-Forwarded-For that is not one (every hop to its right was written by a proxy we trust). Null when it
 * cannot be known: no peer and no proxies configured, or a hop that is not an address.
 */
export function clientAddress(headers: Headers, network: Network): string | null {
  const peer = headers.get(PEER_HEADER)?.trim();
  if (!peer && network.trustedProxies.length === 0) return null;
  const proxies = proxyList(network.trustedProxies);
  const forwarded = network.trustedProxies.length > 0 ? (headers.get('x-forwarded-for') ?? '').split(',') : [];
  const hops = [...forwarded, ...(peer ? [peer] : [])].map((hop) => hop.trim()).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    const address = plainAddress(hops[i]!);
    if (!address) return null;
    if (!proxies.check(address, isIP(address) === 6 ? 'ipv6' : 'ipv4')) return address;
  }
  return null;
}

/** The host the browser asked for: X-Forwarded-Host through a trusted proxy, else Host. */
export function requestHost(headers: Headers, network: Network): string | null {
  const forwarded = network.trustedProxies.length > 0 ? lastValue(headers, 'x-forwarded-host') : null;
  return forwarded ?? headers.get('host')?.trim().toLowerCase() ?? null;
}

/** Whether the browser reached us over https: BETTER_AUTH_URL says so, or a trusted proxy's X-Forwarded-Proto does. */
export function isHttps(headers: Headers, network: Network): boolean {
  if (network.baseURL?.startsWith('https://')) return true;
  return network.trustedProxies.length > 0 && lastValue(headers, 'x-forwarded-proto') === 'https';
}
