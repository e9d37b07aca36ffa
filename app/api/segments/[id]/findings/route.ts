import { z } from 'zod';
import { handle, idParam, parseJson } from '@/lib/http';
import { dismissFinding, restoreFinding } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({
  fingerprint: z.string().min(8).max(64),
  action: z.enum(['dismiss', 'restore'], { error: () => 'action must be "dismiss" or "restore".' }),
});

/** Dismisses a finding as a false positive, or undoes that. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'translator');
  const segmentId = idParam.parse((await params).id);
  const { fingerprint, action } = await parseJson(req, bodySchema);
  const db = await getDb();
  const input = { segmentId, fingerprint, author: actor.name };
  if (action === 'dismiss') return Response.json({ dismissal: await dismissFinding(db, input) });
  await restoreFinding(db, input);
  return Response.json({ restored: true });
});
