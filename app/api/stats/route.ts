import { z } from 'zod';
import { handle, parseWith } from '@/lib/http';
import { overallStatistics, overallStatisticsCsv } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const querySchema = z.object({
  format: z.enum(['json', 'csv'], { error: () => 'Unknown format. Use format=json (the default) or format=csv.' }).default('json'),
});

/** Post-editing statistics per translator and per document across all documents; ?format=csv downloads the translators. */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const { format } = parseWith(querySchema, Object.fromEntries(new URL(req.url).searchParams));
  const stats = await overallStatistics(await getDb());
  if (format === 'json') return Response.json(stats);
  return new Response(overallStatisticsCsv(stats), {
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="lektorat-translator-statistics.csv"',
      'cache-control': 'no-store',
    },
  });
});
