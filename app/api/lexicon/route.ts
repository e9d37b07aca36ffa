import { authorize } from '@/lib/runtime';
import { z } from 'zod';
import { handle } from '@/lib/http';
import { lookup } from '@/lib/lexicon';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  word: z.string().trim().min(1, 'Give a word to look up.').max(100),
  from: z.enum(['de', 'en'], { error: () => 'from must be "de" or "en".' }),
});

/** Dictionary translations of a word (Ding German–English dictionary). */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const { word, from } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ word, from, translations: lookup(word, from) });
});
