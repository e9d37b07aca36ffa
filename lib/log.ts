/** Log lines for unexpected errors that never carry user text: a failed query is logged without its parameters. */
import { DrizzleQueryError } from 'drizzle-orm';

/**
 * What the log gets of an unexpected error: class, code, message and stack frames, never the query's
 * parameters (user text) that DrizzleQueryError puts in its message and PGlite's errors carry as fields.
 */
export function logLine(err: unknown): string {
  const lines: string[] = [];
  for (let e: unknown = err, depth = 0; e !== undefined && depth < 4; depth++) {
    if (!(e instanceof Error)) {
      lines.push(`${depth ? 'caused by ' : ''}${typeof e}`);
      break;
    }
    const code = (e as { code?: unknown }).code;
    const name = e instanceof DrizzleQueryError ? 'DrizzleQueryError' : e.name;
    const message = e instanceof DrizzleQueryError ? `failed query: ${e.query.slice(0, 500)}` : e.message;
    lines.push(`${depth ? 'caused by ' : ''}${name}${typeof code === 'string' || typeof code === 'number' ? ` [${code}]` : ''}: ${message}`);
    // The stack's first line repeats the message; only the frames are kept.
    if (depth === 0) lines.push(...(e.stack ?? '').split('\n').filter((l) => l.trimStart().startsWith('at ')));
    e = e.cause;
  }
  return lines.join('\n');
}
