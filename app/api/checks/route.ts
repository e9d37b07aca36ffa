import { handle, parseJson } from '@/lib/http';
import { checkSettingsSchema, getCheckSettings, updateCheckSettings } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  return Response.json({ checks: await getCheckSettings(await getDb()) });
});

/** Turns checks on/off and overrides their severity for the project; every document is re-checked. */
export const PUT = handle(async (req) => {
  await authorize(req, 'admin');
  const settings = await parseJson(req, checkSettingsSchema);
  return Response.json({ checks: await updateCheckSettings(await getDb(), settings) });
});
