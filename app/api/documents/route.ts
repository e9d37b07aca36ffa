import { env } from '@/lib/env';
import { DomainError } from '@/lib/errors';
import { handle, parseJson } from '@/lib/http';
import { createDocument, listDocuments } from '@/lib/review';
import { authorize, getDb, getEngine, startTranslation } from '@/lib/runtime';
import { createDocumentSchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  return Response.json({ documents: await listDocuments(await getDb()) });
});

export const POST = handle(async (req) => {
  const actor = await authorize(req, 'translator');
  const body = await parseJson(req, createDocumentSchema);
  if (body.translation.mode === 'deepl' && !getEngine()) {
    throw new DomainError(
      'engine-missing',
      'Machine translation is not configured on this server (DEEPL_AUTH_KEY is not set). Paste or upload your own translation instead.',
    );
  }
  const db = await getDb();
  const doc = await createDocument(
    db,
    {
      title: body.title,
      sourceLang: body.sourceLang,
      targetLang: body.targetLang,
      format: body.format,
      text: body.text,
      translation:
        body.translation.mode === 'provided'
          ? { kind: 'provided', origin: body.translation.origin, targets: body.translation.targets }
          : { kind: 'none' },
      author: actor.name,
      authorId: actor.id,
    },
    { maxSourceChars: env().MAX_SOURCE_CHARS },
  );
  if (body.translation.mode === 'deepl') {
    await startTranslation(doc.id);
    // The job has been claimed: the answer says so, not the state the document was created in.
    return Response.json({ document: { ...doc, translationState: 'translating' } }, { status: 201 });
  }
  return Response.json({ document: doc }, { status: 201 });
});
