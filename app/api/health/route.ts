import { after } from 'next/server';
import { warmUp } from '@/lib/checks';
import { getDb } from '@/lib/runtime';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => {
  await getDb();
  // `npm start` asks for this right after the server listens: load the checks' dictionaries then, not on the first save.
  after(warmUp);
  return Response.json({ ok: true });
});
