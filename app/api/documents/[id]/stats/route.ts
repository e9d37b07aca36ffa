import { z } from 'zod';
import { exportFileName } from '@/lib/formats';
import { handle, idParam, parseWith } from '@/lib/http';
import { documentStatistics, documentStatisticsCsv } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  format: z.enum(['json', 'csv'], { error: () => 'Unknown format. Use format=json (the default) or format=csv.' }).default('json'),
});

/** Post-editing statistics of the document, its translators and recurring corrections; ?format=csv downloads them. */
export const GET = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'viewer');
  const id = idParam.parse((await params).id);
  const { format } = parseWith(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  const stats = await documentStatistics(await getDb(), id);
  if (format === 'json') return Response.json(stats);
  const fileName = exportFileName(`${stats.document.title} statistics`, '', 'csv');
  return new Response(documentStatisticsCsv(stats), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': `attachment; filename="${fileName}"`,
      'cache-control': 'no-store',
    },
  });
});
