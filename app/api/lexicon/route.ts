import { authorize, getDb } from '@/lib/runtime';
import { z } from 'zod';
import { handle } from '@/lib/http';
import { lookup } from '@/lib/lexicon';
import { segmentWordSenses } from '@/lib/review';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  word: z.string().trim().min(1, 'Give a word to look up.').max(100),
  from: z.enum(['de', 'en'], { error: () => 'from must be "de" or "en".' }),
  segment: z.coerce.number().int().positive().optional(),
  side: z.enum(['source', 'target']).optional(),
});

/**
 * Dictionary translations of a word (Ding and FreeDict). Given the segment and side it was selected in, the sense
 * its counterpart in the segment's word alignment matches comes first, and the counterparts are returned too.
 */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const { word, from, segment, side } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  if (segment !== undefined && side !== undefined) {
    const ranked = await segmentWordSenses(await getDb(), { segmentId: segment, word, side });
    return Response.json({ word, from: ranked.from, translations: ranked.translations, counterparts: ranked.counterparts, aligned: ranked.aligned });
  }
  return Response.json({ word, from, translations: lookup(word, from), counterparts: [], aligned: 0 });
});
