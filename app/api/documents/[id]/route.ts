import { handle, idParam } from '@/lib/http';
import { deleteDocument, getDocument } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

type Ctx = { params: Promise<{ id: string }> };

export const GET = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  return Response.json({ document: await getDocument(await getDb(), id) });
});

export const DELETE = handle(async (req, { params }: Ctx) => {
  await authorize(req, 'editor');
  const id = idParam.parse((await params).id);
  await deleteDocument(await getDb(), id);
  return new Response(null, { status: 204 });
});
