import { handle, idParam } from '@/lib/http';
import { deleteGlossaryEntry } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const DELETE = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'editor');
  await deleteGlossaryEntry(await getDb(), idParam.parse((await params).id));
  return new Response(null, { status: 204 });
});
