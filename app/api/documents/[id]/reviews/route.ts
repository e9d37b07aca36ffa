import { asc, eq } from 'drizzle-orm';
import { segments } from '@/lib/db/schema';
import { handle, idParam } from '@/lib/http';
import { listReviews } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Every submission, approval, rejection, rebuttal and reopening in the document. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const db = await getDb();
  const ids = (await db.select({ id: segments.id }).from(segments).where(eq(segments.documentId, id)).orderBy(asc(segments.position))).map((s) => s.id);
  return Response.json({ reviews: await listReviews(db, ids) });
});
