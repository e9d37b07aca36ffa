/** Request bodies are read with a byte limit: a chunked body is stopped at the limit, a declared one is refused unread. */
import { describe, expect, it } from 'vitest';
import { DomainError } from './errors';
import { readBody, readUploadForm } from './http-body';
import { countingBody, multipartHead, refusal } from './http-body.testing';

const CHUNK = 64 * 1024;
const tooLarge = () => new DomainError('too-large', 'too large');

function post(body: BodyInit, headers: Record<string, string> = {}): Request {
  return new Request('http://127.0.0.1/api/x', { method: 'POST', body, headers, duplex: 'half' } as RequestInit);
}

describe('readBody', () => {
  it('stops a chunked body of 50 MB at a 1 MB limit: no more than one chunk past the limit is pulled, and the stream is cancelled', async () => {
    const source = countingBody(50_000_000, CHUNK);
    const err = await refusal(readBody(post(source.stream), 1_000_000, tooLarge));
    expect(err.code).toBe('too-large');
    expect(source.pulled()).toBeLessThanOrEqual(1_000_000 + CHUNK);
    expect(source.cancelled()).toBe(true);
  });

  it('refuses a declared Content-Length over the limit without reading the body', async () => {
    const source = countingBody(50_000_000, CHUNK);
    const err = await refusal(readBody(post(source.stream, { 'content-length': '50000000' }), 1_000_000, tooLarge));
    expect(err.code).toBe('too-large');
    expect(source.pulled()).toBe(0);
  });

  it('reads a body under the limit whole and unchanged, across chunks', async () => {
    const source = countingBody(300_000, 1_000, new Uint8Array(0), 0x62);
    const bytes = await readBody(post(source.stream), 300_000, tooLarge);
    expect(bytes.length).toBe(300_000);
    expect(bytes.every((b) => b === 0x62)).toBe(true);
  });
});

describe('readUploadForm', () => {
  const limits = { maxFileBytes: 1_000_000, maxFiles: 1 };

  it('stops a chunked multipart upload far over the limit instead of parsing it whole', async () => {
    const boundary = 'b0undary';
    const source = countingBody(50_000_000, CHUNK, multipartHead(boundary, 'big.txt'));
    const req = post(source.stream, { 'content-type': `multipart/form-data; boundary=${boundary}` });
    const err = await refusal(readUploadForm(req, limits));
    expect(err.code).toBe('too-large');
    expect(err.message).toMatch(/1,000 kB/);
    expect(source.pulled()).toBeLessThanOrEqual(1_000_000 + 64_000 + CHUNK);
  });

  it('gives the fields and files of a form under the limit', async () => {
    const form = new FormData();
    form.set('title', 'Bericht');
    form.set('file', new File(['Der Himmel ist blau.'], 'a.txt', { type: 'text/plain' }));
    const { fields, files } = await readUploadForm(new Request('http://127.0.0.1/api/x', { method: 'POST', body: form }), limits);
    expect(fields).toEqual({ title: 'Bericht' });
    expect(files.file!.name).toBe('a.txt');
    expect(new TextDecoder().decode(files.file!.bytes)).toBe('Der Himmel ist blau.');
  });

  it('refuses one file over the per-file limit even when the body fits', async () => {
    const form = new FormData();
    form.set('file', new File([new Uint8Array(1_000_001)], 'a.txt'));
    form.set('translationFile', new File(['x'], 'b.txt'));
    const err = await refusal(readUploadForm(new Request('http://127.0.0.1/api/x', { method: 'POST', body: form }), { maxFileBytes: 1_000_000, maxFiles: 2 }));
    expect(err.code).toBe('too-large');
  });

  it('refuses a body that is not multipart without reading it', async () => {
    const source = countingBody(10_000, CHUNK);
    const err = await refusal(readUploadForm(post(source.stream, { 'content-type': 'application/json' }), limits));
    expect(err.code).toBe('invalid');
    expect(source.pulled()).toBe(0);
  });
});
