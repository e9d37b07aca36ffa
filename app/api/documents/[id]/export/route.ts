import { handle, idParam } from '@/lib/http';
import { exportDocument } from '@/lib/review';
import { getDb } from '@/lib/runtime';
import { exportQuerySchema } from '@/lib/validation';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  const id = idParam.parse((await params).id);
  const { format } = exportQuerySchema.parse(Object.fromEntries(new URL(req.url).searchParams));
  const file = await exportDocument(await getDb(), id, format);
  return new Response(file.body, {
    headers: {
      'content-type': file.contentType,
      'content-disposition': `attachment; filename="${file.fileName}"`,
      'x-untranslated-segments': String(file.untranslated),
    },
  });
});
