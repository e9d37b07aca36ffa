import { env } from '@/lib/env';
import { handle } from '@/lib/http';
import { authorize, getEngine, getLlm } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** What the UI needs to know about this server; never the key itself. */
export const GET = handle(async (req) => {
  await authorize(req, 'viewer');
  const engine = getEngine();
  return Response.json({
    machineTranslation: engine ? { available: true, label: engine.label } : { available: false, label: null },
    llm: { available: getLlm() !== null },
    limits: { maxSourceChars: env().MAX_SOURCE_CHARS, maxUploadBytes: env().MAX_UPLOAD_BYTES },
  });
});
