import { handle, parseJson } from '@/lib/http';
import { lqaSettingsSchema } from '@/lib/lqa';
import { getLqaSettings, updateLqaSettings } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  return Response.json({ settings: await getLqaSettings(await getDb()) });
});

/** Severity and category weights and the pass threshold of the project; missing fields get the defaults. */
export const PUT = handle(async (req) => {
  await authorize(req, 'admin');
  const settings = await parseJson(req, lqaSettingsSchema);
  return Response.json({ settings: await updateLqaSettings(await getDb(), settings) });
});
