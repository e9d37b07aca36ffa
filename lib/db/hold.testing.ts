/** Test helper run as its own process: opens the database directory argv[2], saves one row, says "open" and holds it until killed. */
import { documents } from './schema';
import { openDatabase } from './client';

try {
  const { db } = await openDatabase(process.argv[2]!);
  await db.insert(documents).values({ title: `held by ${process.pid}`, sourceLang: 'de', targetLang: 'en-US' });
  process.stdout.write('open\n');
  setInterval(() => undefined, 60_000);
} catch (err) {
  process.stderr.write(`${(err as Error).message}\n`);
  process.exit(1);
}
