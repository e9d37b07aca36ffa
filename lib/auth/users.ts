/** Accounts: the first user becomes admin; admins create users and set roles. */
import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { authUser } from '../db/schema';
import { DomainError, invalid, notFound } from '../errors';
import type { Auth } from './auth';
import type { Role } from './roles';

export async function userCount(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(authUser);
  return row?.n ?? 0;
}

export interface NewUser {
  name: string;
  email: string;
  password: string;
  role: Role;
}

async function create(db: Db, auth: Auth, user: NewUser) {
  // Better Auth answers a sign-up for a taken address like a success (so outsiders cannot probe accounts); an admin must be told.
  const [taken] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.email, user.email.trim().toLowerCase()));
  if (taken) throw new DomainError('conflict', `There is already an account for ${user.email}.`);
  let created: { user: { id: string } };
  try {
    created = (await auth.api.signUpEmail({ body: { name: user.name, email: user.email, password: user.password } })) as { user: { id: string } };
  } catch (err) {
    const message = (err as { body?: { message?: string }; message?: string }).body?.message ?? (err as Error).message;
    if (/exist/i.test(message)) throw new DomainError('conflict', `There is already an account for ${user.email}.`);
    throw invalid(message || 'The account could not be created.');
  }
  await db.update(authUser).set({ role: user.role }).where(eq(authUser.id, created.user.id));
  return created.user.id;
}

/** Creates the first account, as admin; refused once any account exists. */
export async function createFirstAdmin(db: Db, auth: Auth, user: Omit<NewUser, 'role'>) {
  if ((await userCount(db)) > 0) throw new DomainError('forbidden', 'This installation already has an admin. Sign in, or ask the admin for an account.');
  return create(db, auth, { ...user, role: 'admin' });
}

export async function createUser(db: Db, auth: Auth, user: NewUser) {
  return create(db, auth, user);
}

export async function listUsers(db: Db) {
  return db
    .select({ id: authUser.id, name: authUser.name, email: authUser.email, role: authUser.role, createdAt: authUser.createdAt })
    .from(authUser)
    .orderBy(asc(authUser.createdAt));
}

export async function setRole(db: Db, userId: string, role: Role, actorId: string) {
  if (userId === actorId && role !== 'admin') throw invalid('You cannot take the admin role from yourself; ask another admin.');
  const updated = await db.update(authUser).set({ role, updatedAt: new Date() }).where(eq(authUser.id, userId)).returning({ id: authUser.id });
  if (updated.length === 0) throw notFound('The user');
}
