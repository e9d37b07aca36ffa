/** `npm run restore -- <file> [--force]`: a backup from `npm run backup` into an empty DATA_DIR (or DATABASE_URL's database); the server must be stopped. */
import path from 'node:path';
import { restorePglite, restorePostgres } from '../lib/db/backup';
import { dataDir, env } from '../lib/env';

const args = process.argv.slice(2);
const force = args.includes('--force');
const [file, ...rest] = args.filter((a) => a !== '--force');
if (!file || rest.length > 0 || file.startsWith('-')) {
  console.error('Usage: npm run restore -- <file> [--force]');
  process.exit(2);
}
try {
  const url = env().DATABASE_URL;
  if (url) await restorePostgres(url, file, { force });
  else await restorePglite(path.join(dataDir(), 'pglite'), file, { force });
  console.log(`Restored from ${file}; start the server with npm start.`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
