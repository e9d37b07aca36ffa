import { DomainError } from '@/lib/errors';
import { handle, idParam } from '@/lib/http';
import { authorize, getEngine, startTranslation } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

/** Starts or resumes machine translation of the segments that have none yet. */
export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  await authorize(req, 'translator');
  const id = idParam.parse((await params).id);
  if (!getEngine()) {
    throw new DomainError('engine-missing', 'Machine translation is not configured on this server (DEEPL_AUTH_KEY is not set).');
  }
  await startTranslation(id);
  return Response.json({ started: true }, { status: 202 });
});
