import { currentActor } from '@/lib/auth';
import { handle } from '@/lib/http';
import { getAuth } from '@/lib/runtime';

export const dynamic = 'force-dynamic';

export const GET = handle(async (req) => Response.json({ user: await currentActor(await getAuth(), req) }));
