/** Roles and what each may do: viewer < translator < editor < admin, each including the ones before. */
import { ROLES, type Role } from '../db/schema';

export { ROLES, type Role };

const RANK: Record<Role, number> = { viewer: 0, translator: 1, editor: 2, admin: 3 };

export function hasRole(role: Role, atLeast: Role): boolean {
  return RANK[role] >= RANK[atLeast];
}

export const ROLE_LABEL: Record<Role, string> = {
  viewer: 'Viewer — reads and exports',
  translator: 'Translator — edits and submits',
  editor: 'Editor — also approves, rejects, reopens',
  admin: 'Admin — also users and settings',
};
