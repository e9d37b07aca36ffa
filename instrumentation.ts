/** Next.js start-up hook: opens the database before the server takes requests (see startServer). */
export async function register(): Promise<void> {
  // Only the Node.js server has a database (the bundler drops this branch for other runtimes); a build must not take it.
  if (process.env.NEXT_RUNTIME === 'nodejs' && process.env.NEXT_PHASE !== 'phase-production-build') {
    const { startServer } = await import('./lib/runtime');
    await startServer();
  }
}
