import { handle, idParam } from '@/lib/http';
import { exportDocument, recordActivity } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';
import { exportQuerySchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const { format } = exportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const db = await getDb();
  const file = await exportDocument(db, id, format);
  await recordActivity(db, { documentId: id, actor: actor.name, actorId: actor.id, action: 'export', details: { format, file: file.fileName } });
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-untranslated-segments': String(file.untranslated),
    },
  });
});
