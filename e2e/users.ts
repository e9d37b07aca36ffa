/** The accounts the end-to-end tests use, created by auth.setup.ts. */
export const USERS = {
  admin: { name: 'Ada Admin', email: 'ada@example.org', password: 'ada-secret-1' },
  translator: { name: 'Tom Translator', email: 'tom@example.org', password: 'tom-secret-1' },
  editor: { name: 'Edda Editor', email: 'edda@example.org', password: 'edda-secret-1' },
  viewer: { name: 'Vera Viewer', email: 'vera@example.org', password: 'vera-secret-1' },
} as const;

export type E2eRole = keyof typeof USERS;

export const storageFor = (role: E2eRole) => `.auth/${role}.json`;
