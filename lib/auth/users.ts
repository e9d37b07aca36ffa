/** Accounts: the first user becomes admin; admins create users, set roles, deactivate accounts and reset passwords. */
import { randomInt } from 'node:crypto';
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
  const rows = await db
    .select({ id: authUser.id, name: authUser.name, email: authUser.email, role: authUser.role, banned: authUser.banned, createdAt: authUser.createdAt })
    .from(authUser)
    .orderBy(asc(authUser.createdAt));
  return rows.map(({ banned, ...user }) => ({ ...user, active: !banned }));
}

export async function setRole(db: Db, userId: string, role: Role, actorId: string) {
  if (userId === actorId && role !== 'admin') throw invalid('You cannot take the admin role from yourself; ask another admin.');
  const updated = await db.update(authUser).set({ role, updatedAt: new Date() }).where(eq(authUser.id, userId)).returning({ id: authUser.id });
  if (updated.length === 0) throw notFound('The user');
}

/** Better Auth's admin endpoints answer refusals with an APIError; ours are domain errors with what to do. */
async function asAdmin<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (err) {
    const { status, body, message } = err as { status?: string; body?: { message?: string }; message?: string };
    const text = body?.message ?? message ?? 'The account could not be changed.';
    if (status === 'NOT_FOUND') throw notFound('The user');
    if (status === 'FORBIDDEN' || status === 'UNAUTHORIZED') throw new DomainError('forbidden', text);
    throw invalid(text);
  }
}

async function assertUser(db: Db, userId: string): Promise<void> {
  const [user] = await db.select({ id: authUser.id }).from(authUser).where(eq(authUser.id, userId));
  if (!user) throw notFound('The user');
}

/**
 * Deactivates an account (its sessions end at once, sign-in is refused) or reactivates it. `headers`
 * are the acting admin's request headers: Better Auth's admin plugin checks that session itself too.
 */
export async function setActive(db: Db, auth: Auth, headers: Headers, userId: string, active: boolean, actorId: string): Promise<void> {
  if (userId === actorId && !active) throw invalid('You cannot deactivate your own account; ask another admin.');
  await assertUser(db, userId);
  if (active) await asAdmin(() => auth.api.unbanUser({ headers, body: { userId } }));
  else await asAdmin(() => auth.api.banUser({ headers, body: { userId } }));
}

// No 0/O, 1/l/I: the admin reads it out or types it into a message.
const PASSWORD_ALPHABET = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** A temporary password of 4 groups of 4 (about 93 bits), e.g. "k7Pq-x2Mz-…". */
export function generatePassword(): string {
  const group = () => Array.from({ length: 4 }, () => PASSWORD_ALPHABET[randomInt(PASSWORD_ALPHABET.length)]).join('');
  return [group(), group(), group(), group()].join('-');
}

/**
 * Sets a new password for someone who lost theirs and ends all their sessions. Without `password`
 * one is generated; either way it is returned once, for the admin to pass on, and never stored in clear.
 */
export async function resetPassword(db: Db, auth: Auth, headers: Headers, userId: string, password: string | null, actorId: string): Promise<string> {
  if (userId === actorId) throw invalid('Change your own password under your name (top right) instead.');
  await assertUser(db, userId);
  const newPassword = password ?? generatePassword();
  await asAdmin(() => auth.api.setUserPassword({ headers, body: { userId, newPassword } }));
  await asAdmin(() => auth.api.revokeUserSessions({ headers, body: { userId } }));
  return newPassword;
}
