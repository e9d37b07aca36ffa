import { authorize } from '@/lib/runtime';
import { alignBlocks } from '@/lib/align';
import { env } from '@/lib/env';
import { invalid } from '@/lib/errors';
import { handle, parseJson } from '@/lib/http';
import { baseLang } from '@/lib/lang';
import { checkLanguagePair, checkSourceText, segmentSource } from '@/lib/review';
import { alignSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

/** Aligns a translation made elsewhere to the source, for the user to check before importing. */
export const POST = handle(async (req) => {
  await authorize(req, 'translator');
  const body = await parseJson(req, alignSchema);
  const limits = { maxSourceChars: env().MAX_SOURCE_CHARS };
  checkSourceText(body.text, limits);
  checkLanguagePair(body.sourceLang, body.targetLang);
  if (!body.translation.trim()) throw invalid('The translation is empty. Paste the translation or upload it as a .txt or .md file.');
  if (body.translation.length > limits.maxSourceChars * 2) throw invalid('The translation is far longer than the source allows.');
  const source = segmentSource(body.text, body.sourceLang, body.format);
  const target = segmentSource(body.translation, body.targetLang === 'de' ? 'de' : 'en', body.format);
  const alignment = alignBlocks(source, target, { sourceLang: baseLang(body.sourceLang), targetLang: baseLang(body.targetLang) });
  return Response.json({ alignment, sourceSegments: source.flatMap((b) => b.sentences.map((text, sentence) => ({ block: b.index, sentence, text }))) });
});
