/** Route-handler plumbing: zod parsing of requests and the one error → response mapping. */
import { z } from 'zod';
import { env } from './env';
import { DomainError, invalid, type ErrorCode } from './errors';
import { jsonBodyLimit, readJsonText } from './http-body';
import { LlmError } from './llm';
import { logLine } from './log';
import { EngineError } from './mt';
import { describeControlChar, findControlChar } from './validation';

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

const STATUS: Record<ErrorCode, number> = {
  'not-found': 404,
  conflict: 409,
  invalid: 400,
  'too-large': 413,
  'unsupported-type': 415,
  forbidden: 403,
  unauthorized: 401,
  'engine-failed': 502,
  'engine-missing': 409,
  busy: 503,
  internal: 500,
};

export function errorResponse(code: string, message: string, status: number, details?: unknown): Response {
  const body: ErrorBody = { error: { code, message, ...(details === undefined ? {} : { details }) } };
  return Response.json(body, { status });
}

/** Turns anything thrown inside a handler into the JSON error shape. */
export function toErrorResponse(err: unknown): Response {
  if (err instanceof DomainError) return errorResponse(err.code, err.message, STATUS[err.code], err.details);
  if (err instanceof z.ZodError) return errorResponse('invalid', describeZodError(err), 400);
  // The message of an engine error already says what to do (check the key, wait for the quota …).
  if (err instanceof EngineError) return errorResponse('engine-failed', err.message, 502, { engine: 'deepl', reason: err.code });
  if (err instanceof LlmError) return errorResponse('engine-failed', err.message, 502, { engine: 'llm', reason: err.code });
  console.error(logLine(err));
  return errorResponse('internal', 'Something went wrong on the server. Your saved work is safe; try again.', 500);
}

/** One readable sentence from a zod error: "title: Too long; text: Required". */
export function describeZodError(err: z.ZodError): string {
  return err.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}

/**
 * Parses a JSON body with a schema; malformed JSON and schema violations become 400s, a body over
 * jsonBodyLimit a 413 (read no further than the limit).
 */
export async function parseJson<T extends z.ZodType>(req: Request, schema: T): Promise<z.infer<T>> {
  const body = await readJsonText(req, jsonBodyLimit(env().MAX_SOURCE_CHARS));
  let raw: unknown;
  try {
    raw = JSON.parse(body);
  } catch {
    throw new DomainError('invalid', 'The request body is not valid JSON.');
  }
  return parseWith(schema, raw);
}

/** Parses with a schema, then refuses a control character in any text the schema let through, naming the field. */
export function parseWith<T extends z.ZodType>(schema: T, value: unknown): z.infer<T> {
  const parsed = schema.parse(value);
  const found = findControlChar(parsed);
  if (found) {
    const field = found.path.length ? found.path.join('.') : 'The text';
    throw invalid(`${field} ${describeControlChar(found)} Remove it (it often comes from copying out of a PDF or another program) and try again.`, {
      field: found.path,
    });
  }
  return parsed;
}

/** Positive integer id from a route parameter. */
export const idParam = z.coerce.number({ error: 'The id must be a number.' }).int().positive();

/** Wraps a handler so every error is answered in the one JSON shape. */
export function handle<C>(fn: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    try {
      return await fn(req, ctx);
    } catch (err) {
      return toErrorResponse(err);
    }
  };
}
