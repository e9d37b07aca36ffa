/** The accounts the end-to-end tests use, created by auth.setup.ts. */
export const USERS = {
  admin: { name: 'Ada Admin', email: 'ada@example.org', password: 'ada-secret-1' },
  translator: { name: 'Tom Translator', email: 'tom@example.org', password: 'tom-secret-1' },
  editor: { name: 'Edda Editor', email: 'edda@example.org', password: 'edda-secret-1' },
  viewer: { name: 'Vera Viewer', email: 'vera@example.org', password: 'vera-secret-1' },
} as const;

export type E2eRole = keyof typeof USERS;

// Per server port, so parallel runs on other ports do not overwrite each other's sessions.
export const storageFor = (role: E2eRole) => `.auth/${process.env.E2E_PORT ?? 3100}/${role}.json`;
