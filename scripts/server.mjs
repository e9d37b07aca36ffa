#!/usr/bin/env node
// The production server: Next.js behind a plain Node http server that tells the app who is connected.
// Route handlers get no socket address from Next.js, and X-Forwarded-For can be written by any client;
// this stamps the connection's own address on every request (replacing any copy a client sent), so the
// sign-in limits can tell clients apart without a proxy and walk X-Forwarded-For behind trusted ones.
import http from 'node:http';
import path from 'node:path';
import next from 'next';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const port = Number(process.env.PORT ?? '3000');
const hostname = process.env.HOST ?? '0.0.0.0';
/** Must match PEER_HEADER in lib/auth/forwarded.ts. */
const PEER_HEADER = 'x-lektorat-peer';

const app = next({ dev: false, dir: root, hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = http.createServer((req, res) => {
  req.headers[PEER_HEADER] = req.socket.remoteAddress ?? '';
  handle(req, res).catch((err) => {
    console.error(err instanceof Error ? `${err.name}: ${err.message}` : String(err));
    if (!res.headersSent) res.writeHead(500).end();
  });
});
server.listen(port, hostname, () => console.log(`Listening on http://${hostname}:${port}`));
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // Idle keep-alive connections would hold close() open; a request still running gets two seconds.
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 2000).unref();
  });
}
