import { z } from 'zod';
import { handle } from '@/lib/http';
import { exportGlossary, GLOSSARY_FORMATS } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const lang = z.enum(['de', 'en'], { error: () => 'Languages must be "de" or "en".' });
const querySchema = z
  .object({
    format: z.enum(GLOSSARY_FORMATS, { error: () => 'Unknown glossary format. Use format=csv or format=tbx.' }),
    sourceLang: lang.default('de'),
    targetLang: lang.default('en'),
  })
  .refine((q) => q.sourceLang !== q.targetLang, 'sourceLang and targetLang must differ.');

/** The project glossary as a CSV or TBX file. */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const { format, sourceLang, targetLang } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const file = await exportGlossary(await getDb(), format, { sourceLang, targetLang });
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-glossary-entries': String(file.entries),
    },
  });
});
