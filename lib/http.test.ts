/** Request parsing at the edge: JSON bodies are read with a byte limit, and control characters in any text are refused by name. */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseJson, parseWith } from './http';
import { jsonBodyLimit } from './http-body';
import { countingBody, refusal } from './http-body.testing';
import { env } from './env';

const CHUNK = 64 * 1024;
const json = (body: BodyInit) => new Request('http://127.0.0.1/api/x', { method: 'POST', body, headers: { 'content-type': 'application/json' }, duplex: 'half' } as RequestInit);

describe('parseJson', () => {
  const limit = jsonBodyLimit(env().MAX_SOURCE_CHARS);

  it('stops a chunked JSON body of 50 MB at the JSON limit (no more than one chunk past it is pulled) with a 413 that names the limit', async () => {
    const source = countingBody(50_000_000, CHUNK);
    const err = await refusal(parseJson(json(source.stream), z.unknown()));
    expect(err.code).toBe('too-large');
    expect(err.message).toContain(`${Math.round(limit / 1000).toLocaleString('en')} kB`);
    expect(source.pulled()).toBeLessThanOrEqual(limit + CHUNK);
  });

  it('accepts a whole article and its translation at the character limit, even with every character escaped', async () => {
    const chars = env().MAX_SOURCE_CHARS;
    // \u00e4 for ä, as ensure_ascii JSON writers send it: 6 bytes a character.
    const body = `{"text":"${'\\u00e4'.repeat(chars)}","translation":"${'\\u00e4'.repeat(2 * chars)}"}`;
    const parsed = await parseJson(json(body), z.object({ text: z.string(), translation: z.string() }));
    expect(parsed.text.length).toBe(chars);
  });
});

describe('control characters', () => {
  const schema = z.object({ title: z.string(), targets: z.array(z.string()), settings: z.record(z.string(), z.boolean()).optional() });

  it.each([
    ['a NUL in a field', { title: 'a\u0000b', targets: [] }, 'title', 'U+0000'],
    ['a bell in an array item, on its line', { title: 't', targets: ['ok', 'first line\nsecond \u0007 line'] }, 'targets.1', 'line 2'],
    ['an escape in a key', { title: 't', targets: [], settings: { 'x\u001b': true } }, 'settings', 'U+001B'],
  ])('refuses %s with a 400 naming the field', async (_name, value, field, detail) => {
    const err = await refusal(Promise.resolve().then(() => parseWith(schema, value)));
    expect(err.code).toBe('invalid');
    expect(err.message).toContain(field);
    expect(err.message).toContain(detail);
    expect(err.message).toMatch(/Remove it/);
  });

  it('lets tab, line feed and carriage return through', () => {
    expect(parseWith(schema, { title: 'a\tb', targets: ['one\r\ntwo\n'] }).targets).toEqual(['one\r\ntwo\n']);
  });
});
