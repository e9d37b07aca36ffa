import { handle, idParam } from '@/lib/http';
import { changeChains } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Per segment the chain machine translation → translator's edit → editor's revision, for track changes. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  return Response.json({ chains: await changeChains(await getDb(), idParam.parse((await params).id)) });
});
