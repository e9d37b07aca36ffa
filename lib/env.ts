/** Server configuration read from the environment once, validated with zod. */
import path from 'node:path';
import { z } from 'zod';

const envSchema = z.object({
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
    .optional(),
  DATA_DIR: z.string().default('data'),
  DEEPL_AUTH_KEY: z.string().min(1).optional(),
  DEEPL_SERVER_URL: z.url().optional(),
  DEEPL_MODEL_TYPE: z
    .enum(['quality_optimized', 'prefer_quality_optimized', 'latency_optimized'])
    .optional(),
  /** Signs sessions; generated and kept in DATA_DIR/auth-secret when not set. */
  AUTH_SECRET: z.string().min(16, 'AUTH_SECRET must have at least 16 characters.').optional(),
  /** Public URL of the app (e.g. https://lektorat.example.org); otherwise taken from each request. */
  BETTER_AUTH_URL: z.url().optional(),
  /**
   * Reverse proxies in front of the app (IP addresses or CIDR ranges, comma-separated). Only when set are
   * X-Forwarded-For/-Host/-Proto believed (Next.js does not tell route handlers the connection's address).
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .transform((list) => (list ?? '').split(',').map((entry) => entry.trim()).filter(Boolean))
    .pipe(z.array(z.union([z.ipv4(), z.ipv6(), z.cidrv4(), z.cidrv6()], { error: 'TRUSTED_PROXIES must list IP addresses or CIDR ranges, e.g. 127.0.0.1,10.0.0.0/8' }))),
  /** Sign-in attempts per minute, per client address and per account. */
  SIGNIN_RATE_LIMIT: z.coerce.number().int().positive().default(10),
  /** Largest source text accepted, in characters: a real job (5,000 man-page segments are 635,510) fits. */
  MAX_SOURCE_CHARS: z.coerce.number().int().positive().default(1_000_000),
  /** Largest uploaded file, in bytes. */
  MAX_UPLOAD_BYTES: z.coerce.number().int().positive().default(2_000_000),
  /** Worker threads for whole-document checks and imports (default: processors − 1, at least 1); 0 runs them on the request thread. */
  WORKER_THREADS: z.coerce.number().int().min(0).optional(),
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const raw = Object.fromEntries(Object.entries(process.env).filter(([, v]) => v !== ''));
    const parsed = envSchema.safeParse(raw);
    if (!parsed.success) {
      const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`).join('\n');
      throw new Error(`Invalid configuration:\n${lines}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function dataDir(): string {
  return path.resolve(env().DATA_DIR);
}
