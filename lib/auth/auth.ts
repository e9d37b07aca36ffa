/** Better Auth on the app's database: e-mail and password, sessions in http-only cookies, a role per user. */
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import type { Db } from '../db/client';
import { authAccount, authSession, authUser, authVerification } from '../db/schema';

export interface AuthConfig {
  db: Db;
  secret: string;
  /** Public URL when known (BETTER_AUTH_URL); otherwise taken from each request. */
  baseURL?: string;
  /** Sign-in attempts per minute and client before 429. */
  signInPerMinute: number;
}

export function createAuth(config: AuthConfig) {
  return betterAuth({
    appName: 'Lektorat',
    secret: config.secret,
    ...(config.baseURL ? { baseURL: config.baseURL } : {}),
    basePath: '/api/auth',
    database: drizzleAdapter(config.db, {
      provider: 'pg',
      schema: { user: authUser, session: authSession, account: authAccount, verification: authVerification },
    }),
    emailAndPassword: { enabled: true, minPasswordLength: 8, autoSignIn: false },
    user: {
      additionalFields: {
        // input: false — nobody can choose their own role by signing up.
        role: { type: 'string', required: false, defaultValue: 'viewer', input: false },
      },
    },
    session: { expiresIn: 60 * 60 * 24 * 7, updateAge: 60 * 60 * 24 },
    // Same-origin requests only: the app and the API are served together, under whatever host the browser used.
    trustedOrigins: (request) => {
      const host = request?.headers.get('x-forwarded-host') ?? request?.headers.get('host');
      return host ? [`http://${host}`, `https://${host}`] : [];
    },
    rateLimit: {
      enabled: true,
      window: 60,
      max: 200,
      customRules: { '/sign-in/email': { window: 60, max: config.signInPerMinute } },
    },
    telemetry: { enabled: false },
  });
}

export type Auth = ReturnType<typeof createAuth>;
