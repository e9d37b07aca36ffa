/** GET /api/spelling/suggestions?lang=de&word=…: suggestions for the word of an opened spelling finding, signed in. */
import { z } from 'zod';
import { suggestions } from '@/lib/checks';
import { handle, parseWith } from '@/lib/http';
import { authorize } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  lang: z.enum(['de', 'en'], { error: () => 'lang must be "de" or "en".' }),
  // No dictionary word is longer (MAX_WORD in lib/checks/dictionaries.ts); the spelling check judges none longer.
  word: z.string().trim().min(1, 'Give a word to look up.').max(64, 'A word has at most 64 characters.'),
});

/** Best first, from the Hunspell dictionaries (nspell); computed here, never while the checks run. */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const { lang, word } = parseWith(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  return Response.json({ lang, word, suggestions: suggestions(lang, word) });
});
