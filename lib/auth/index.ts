/** Accounts, sessions and roles. */
export { createAuth, DEACTIVATED_MESSAGE, type Auth } from './auth';
export { authSecret } from './secret';
export { clientAddress, isHttps, requestHost, type Network } from './forwarded';
export { assertRole, checkOrigin, currentActor, requireRole, type Actor } from './guard';
export { safeNextPath } from './next-path';
export { hasRole, ROLES, ROLE_LABEL, type Role } from './roles';
export { createFirstAdmin, createUser, generatePassword, listUsers, resetPassword, setActive, setRole, userCount, type NewUser } from './users';
