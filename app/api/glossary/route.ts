import { handle, parseJson } from '@/lib/http';
import { addGlossaryEntry, glossaryEntrySchema, listGlossary } from '@/lib/review';
import { getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async () => Response.json({ entries: await listGlossary(await getDb()) }));

export const POST = handle(async (req) => {
  const entry = await parseJson(req, glossaryEntrySchema);
  return Response.json({ entry: await addGlossaryEntry(await getDb(), entry) }, { status: 201 });
});
