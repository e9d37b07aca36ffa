/** Process-wide singletons for the server: the database (opened, migrated and seeded once), the MT engine, running jobs. */
import { chmodSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { authSecret, createAuth, requireRole, type Actor, type Auth, type Role } from './auth';
import { serveBackups } from './db/backup';
import { openDatabase, type Database, type Db } from './db/client';
import { DirectoryLocked } from './db/lock';
import { documents } from './db/schema';
import { dataDir, env } from './env';
import { llmFromEnv, type LlmClient } from './llm';
import { dbMemoryStore, engineFromEnv, type Engine } from './mt';
import { claimTranslation, indexPendingTmUnits, PresenceBoard, runTranslation, seedSample } from './review';

interface Runtime {
  database: Promise<Database>;
  jobs: Map<number, Promise<unknown>>;
  presence: PresenceBoard;
}

// Kept on globalThis so dev-mode module reloads do not open the PGlite files twice.
const g = globalThis as unknown as { __lektorat?: Runtime };

async function boot(): Promise<Database> {
  // The data directory holds the database and the auth secret: the server's user only, also when an older version made it 755.
  mkdirSync(dataDir(), { recursive: true, mode: 0o700 });
  chmodSync(dataDir(), 0o700);
  const url = env().DATABASE_URL ?? path.join(dataDir(), 'pglite');
  let database: Database;
  try {
    database = await openDatabase(url);
  } catch (err) {
    // A held lock already says what to do; any other failure gets the way out for its kind of database.
    const advice =
      err instanceof DirectoryLocked
        ? ''
        : env().DATABASE_URL
          ? '\nCheck DATABASE_URL and that PostgreSQL is running and reachable.'
          : `\nIf the directory is damaged, move ${url} aside and restore the last backup into it: npm run restore -- <file>.`;
    throw new Error(`Lektorat cannot open its database: ${(err as Error).message}${advice}`, { cause: err });
  }
  if (database.dumpDataDir) {
    // Without it `npm run backup` cannot copy a running server's database; the server itself still works.
    await serveBackups(database, url).catch((err: Error) => console.error(`Backups while the server runs are not available: ${err.message}`));
  }
  // A job cut off by a restart would otherwise stay "translating" forever.
  await database.db
    .update(documents)
    .set({
      translationState: 'failed',
      translationError: { code: 'interrupted', message: 'Translation was interrupted by a server restart. What was translated is kept; press Resume to continue.' },
    })
    .where(eq(documents.translationState, 'translating'));
  await seedSample(database.db, path.join(process.cwd(), 'data/samples'));
  // Pairs the translation-memory migration backfilled get their look-up words once.
  await indexPendingTmUnits(database.db);
  return database;
}

/**
 * Called once at server start (instrumentation.ts): files private to the server's user, the database opened now.
 * A server that cannot open its database exits with what to do instead of answering every request with a 500.
 */
export async function startServer(): Promise<void> {
  process.umask(0o077);
  try {
    await getDb();
  } catch (err) {
    console.error((err as Error).message);
    process.exit(1);
  }
}

function runtime(): Runtime {
  g.__lektorat ??= { database: boot(), jobs: new Map(), presence: new PresenceBoard() };
  return g.__lektorat;
}

export function presence(): PresenceBoard {
  return runtime().presence;
}

export async function getDb(): Promise<Db> {
  try {
    return (await runtime().database).db;
  } catch (err) {
    // Let the next request try again instead of caching a failed start for ever.
    g.__lektorat = undefined;
    throw err;
  }
}

let auth: Promise<Auth> | undefined;
export function getAuth(): Promise<Auth> {
  auth ??= getDb().then((db) =>
    createAuth({
      db,
      secret: authSecret(dataDir(), env().AUTH_SECRET),
      baseURL: env().BETTER_AUTH_URL,
      trustedProxies: env().TRUSTED_PROXIES,
      signInPerMinute: env().SIGNIN_RATE_LIMIT,
    }),
  );
  return auth;
}

/** The guard every route handler calls first: 401 without a session, 403 for a role too low. */
export async function authorize(req: Request, atLeast: Role): Promise<Actor> {
  return requireRole(await getAuth(), req, atLeast);
}

let engine: Engine | null | undefined;
export function getEngine(): Engine | null {
  if (engine === undefined) engine = engineFromEnv(process.env);
  return engine;
}

let llm: LlmClient | null | undefined;
export function getLlm(): LlmClient | null {
  if (llm === undefined) llm = llmFromEnv(process.env);
  return llm;
}

/** Starts (or resumes) translating a document in the background; the client polls the document for progress. */
export async function startTranslation(documentId: number): Promise<void> {
  const db = await getDb();
  const eng = getEngine();
  if (!eng) throw new Error('startTranslation called without an engine');
  await claimTranslation(db, documentId);
  const jobs = runtime().jobs;
  const job = runTranslation({ db, engine: eng, memory: dbMemoryStore(db) }, documentId).finally(() => jobs.delete(documentId));
  jobs.set(documentId, job);
}
