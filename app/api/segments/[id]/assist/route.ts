import { z } from 'zod';
import { DomainError } from '@/lib/errors';
import { handle, idParam, parseJson } from '@/lib/http';
import { alternativesForSegment, llmReviewSegment, roundTripSegment } from '@/lib/review';
import { authorize, getDb, getEngine, getLlm } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({
  action: z.enum(['round-trip', 'alternatives', 'llm'], { error: () => 'action must be "round-trip", "alternatives" or "llm".' }),
  phrase: z.string().trim().max(500).optional(),
});

/** Asks DeepL (round trip, alternatives) or the configured LLM (MQM review) about one segment. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'translator');
  const segmentId = idParam.parse((await params).id);
  const { action, phrase } = await parseJson(req, bodySchema);
  const db = await getDb();
  if (action === 'llm') {
    const llm = getLlm();
    if (!llm) throw new DomainError('engine-missing', 'No LLM is configured on this server (set LLM_BASE_URL and LLM_MODEL).');
    return Response.json(await llmReviewSegment(db, llm, segmentId));
  }
  const engine = getEngine();
  if (!engine) throw new DomainError('engine-missing', 'DeepL is not configured on this server (DEEPL_AUTH_KEY is not set).');
  if (action === 'round-trip') return Response.json(await roundTripSegment(db, engine, segmentId));
  return Response.json(await alternativesForSegment(db, engine, segmentId, phrase || undefined));
});
