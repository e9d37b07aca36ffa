/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WebAssembly and data files that must be loaded from node_modules, not bundled.
  // The dictionaries read their files through new URL(…, import.meta.url), which bundling breaks (the sign-in page's
  // build step failed: "Received an instance of URL"); from node_modules they load as published.
  serverExternalPackages: ['@electric-sql/pglite', 'pg', 'deepl-node', 'dictionary-de', 'dictionary-en'],
  poweredByHeader: false,
  // The build checks the app's types only; tests and scripts are checked by `npm run typecheck`.
  typescript: { tsconfigPath: 'tsconfig.build.json' },
  // The page policy (with its nonce) and HSTS come from proxy.ts; these hold for every response, API included.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
        ],
      },
      {
        // JSON and files are never a document that runs or frames anything.
        source: '/api/:path*',
        headers: [{ key: 'Content-Security-Policy', value: "default-src 'none'; frame-ancestors 'none'" }],
      },
    ];
  },
  experimental: {
    serverActions: { bodySizeLimit: '4mb' },
  },
};

export default nextConfig;
