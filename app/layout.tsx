import type { Metadata } from 'next';
import Link from 'next/link';
import { connection } from 'next/server';
import type { ReactNode } from 'react';
import { Providers } from '@/components/providers';
import { UserMenu } from '@/components/account/user-menu';
import './globals.css';

export const metadata: Metadata = {
  title: 'Lektorat — review machine translation',
  description: 'Review and correct machine translation between German and English, side by side.',
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  // Rendered per request, never at build time: Next.js can put the request's CSP nonce (proxy.ts) only on scripts it renders then.
  await connection();
  return (
    <html lang="en">
      <body className="min-h-screen bg-slate-50 text-slate-900 antialiased">
        <Providers>
          <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/95 backdrop-blur">
            <div className="mx-auto flex max-w-[1600px] items-center gap-6 px-4 py-2">
              <Link href="/" className="text-lg font-semibold tracking-tight">
                Lektorat
              </Link>
              <nav className="flex gap-4 text-sm">
                <Link href="/" className="hover:underline">
                  Documents
                </Link>
                <Link href="/documents/new" className="hover:underline">
                  New document
                </Link>
                <Link href="/documents/import" className="hover:underline">
                  Import file
                </Link>
                <Link href="/settings" className="hover:underline">
                  Glossary &amp; checks
                </Link>
                <Link href="/stats" className="hover:underline">
                  Statistics
                </Link>
              </nav>
              <div className="ml-auto">
                <UserMenu />
              </div>
            </div>
          </header>
          <main className="mx-auto max-w-[1600px] px-4 py-4">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
