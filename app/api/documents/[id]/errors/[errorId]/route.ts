import { handle, idParam } from '@/lib/http';
import { deleteMarkedError } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const DELETE = handle(async (req, { params }: { params: Promise<{ id: string; errorId: string }> }) => {
  const actor = await authorize(req, 'editor');
  const p = await params;
  const documentId = idParam.parse(p.id);
  const errorId = idParam.parse(p.errorId);
  await deleteMarkedError(await getDb(), { documentId, errorId, who: { name: actor.name, id: actor.id } });
  return new Response(null, { status: 204 });
});
