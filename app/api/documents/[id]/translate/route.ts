import { DomainError } from '@/lib/errors';
import { handle, idParam } from '@/lib/http';
import { getEngine, startTranslation } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Starts or resumes machine translation of the segments that have none yet. */
export const POST = handle(async (_req, { params }: { params: Promise<{ id: string }> }) => {
  const id = idParam.parse((await params).id);
  if (!getEngine()) {
    throw new DomainError('engine-missing', 'Machine translation is not configured on this server (DEEPL_AUTH_KEY is not set).');
  }
  await startTranslation(id);
  return Response.json({ started: true }, { status: 202 });
});
