import { z } from 'zod';
import { handle, idParam } from '@/lib/http';
import { EXPORT_FORMATS, exportDocument, exportInterchange, INTERCHANGE_FORMATS, recordActivity, type ExportFormat, type InterchangeFormat } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const FORMATS = [...EXPORT_FORMATS, ...INTERCHANGE_FORMATS] as const;
const querySchema = z.object({
  format: z.enum(FORMATS, { error: () => `Unknown export format. Use format=${FORMATS.join(', ')}.` }),
  // XLIFF only: `annotations=omit` leaves Lektorat's review findings (ITS quality issues) out of the file.
  annotations: z.enum(['include', 'omit'], { error: () => 'annotations takes include or omit.' }).default('include'),
});

const isTextExport = (format: (typeof FORMATS)[number]): format is ExportFormat => (EXPORT_FORMATS as readonly string[]).includes(format);

export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const actor = await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const { format, annotations } = querySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const db = await getDb();
  let file: { body: string | Uint8Array; contentType: string; fileName: string; headers: Record<string, string> };
  if (isTextExport(format)) {
    const text = await exportDocument(db, id, format);
    file = { ...text, headers: { 'x-untranslated-segments': String(text.untranslated) } };
  } else {
    file = await exportInterchange(db, id, format as InterchangeFormat, new Date(), { annotations: annotations === 'include' });
  }
  await db.transaction((tx) => recordActivity(tx, { documentId: id, actor: actor.name, actorId: actor.id, action: 'export', details: { format, file: file.fileName } }));
  return new Response(typeof file.body === 'string' ? file.body : Buffer.from(file.body), {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-content-type-options': 'nosniff',
      ...file.headers,
    },
  });
});
