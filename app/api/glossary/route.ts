import { handle, parseJson } from '@/lib/http';
import { addGlossaryEntry, glossaryEntrySchema, listGlossary } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  return Response.json({ entries: await listGlossary(await getDb()) });
});

export const POST = handle(async (req) => {
  await authorize(req, 'editor');
  const entry = await parseJson(req, glossaryEntrySchema);
  return Response.json({ entry: await addGlossaryEntry(await getDb(), entry) }, { status: 201 });
});
