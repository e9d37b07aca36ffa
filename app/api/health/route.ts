import { getDb } from '@/lib/runtime';
import { handle } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => {
  await getDb();
  return Response.json({ ok: true });
});
