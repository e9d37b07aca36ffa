import { z } from 'zod';
import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { handle, parseJson } from '@/lib/http';
import { deeplGlossarySync, syncDeepLGlossary } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const lang = z.enum(['de', 'en'], { error: () => 'Languages must be "de" or "en".' });
const bodySchema = z
  .object({ sourceLang: lang.default('de'), targetLang: lang.default('en') })
  .refine((b) => b.sourceLang !== b.targetLang, 'sourceLang and targetLang must differ.');

/** When the glossary was last sent to DeepL, and for which languages. */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  return Response.json({ sync: await deeplGlossarySync(await getDb()), available: Boolean(env().DEEPL_AUTH_KEY) });
});

/** Sends the project glossary to DeepL, replacing the glossary sent before; machine translation then uses it. */
export const POST = handle(async (req) => {
  const actor = await authorize(req, 'editor');
  const authKey = env().DEEPL_AUTH_KEY;
  if (!authKey) {
    throw new DomainError('engine-missing', 'DeepL is not configured on this server (DEEPL_AUTH_KEY is not set), so there is no DeepL glossary to sync. The glossary checks still work.');
  }
  const langs = await parseJson(req, bodySchema);
  const result = await syncDeepLGlossary(await getDb(), {
    authKey,
    ...(env().DEEPL_SERVER_URL ? { serverUrl: env().DEEPL_SERVER_URL } : {}),
    langs,
    who: { name: actor.name, id: actor.id },
    now: new Date(),
  });
  return Response.json(result);
});
