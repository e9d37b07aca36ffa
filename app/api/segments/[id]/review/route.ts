import { z } from 'zod';
import { assertRole, type Role } from '@/lib/auth';
import { REVIEW_ACTIONS, type ReviewAction } from '@/lib/db/schema';
import { handle, idParam, parseJson } from '@/lib/http';
import { reviewSegment } from '@/lib/review';
import { authorize, getDb } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

const bodySchema = z.object({
  action: z.enum(REVIEW_ACTIONS, { error: () => `action must be one of: ${REVIEW_ACTIONS.join(', ')}.` }),
  baseVersion: z.number().int().min(0),
  comment: z.string().max(2_000).optional(),
});

/** Translators submit and answer rejections; editors approve, reject and reopen. */
const ROLE_FOR: Record<ReviewAction, Role> = { submit: 'translator', rebut: 'translator', approve: 'editor', reject: 'editor', reopen: 'editor' };

export const POST = handle(async (req, { params }: { params: Promise<{ id: string }> }) => {
  // Signed in before the body is read (401, not 400, without a session); the action then says which role.
  const actor = await authorize(req, 'translator');
  const segmentId = idParam.parse((await params).id);
  const body = await parseJson(req, bodySchema);
  // The guard's 403, with its message, for an action above the actor's role.
  assertRole(actor, ROLE_FOR[body.action]);
  const segment = await reviewSegment(await getDb(), { segmentId, ...body, who: { name: actor.name, id: actor.id } });
  return Response.json({ segment });
});
