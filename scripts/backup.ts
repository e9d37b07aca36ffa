/** `npm run backup -- <file>`: a consistent copy of the database, also while the server runs (PGlite: .tar.gz; PostgreSQL: pg_dump). */
import path from 'node:path';
import { backupPglite, backupPostgres } from '../lib/db/backup';
import { dataDir, env } from '../lib/env';

const file = process.argv[2];
if (!file || file.startsWith('-')) {
  console.error('Usage: npm run backup -- <file>');
  process.exit(2);
}
try {
  const url = env().DATABASE_URL;
  if (url) backupPostgres(url, file);
  else await backupPglite(path.join(dataDir(), 'pglite'), file);
  console.log(`Backup written to ${file}.`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
