/** Next.js start-up hook: opens the database before the server takes requests (see startServer). */
export async function register(): Promise<void> {
  // Only the Node.js server has a database; the bundler drops this branch for other runtimes.
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { startServer } = await import('./lib/runtime');
    await startServer();
  }
}
