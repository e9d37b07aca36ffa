/** A local stand-in for the DeepL API (translate, usage, languages, v2 glossaries) on 127.0.0.1, for unit, integration and e2e tests. */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  /** The key from `Authorization: DeepL-Auth-Key …`. */
  authKey: string | undefined;
  /** Every form (or JSON) field; repeated fields such as `text` keep all values. */
  params: Record<string, string[]>;
  texts: string[];
  sourceLang: string | undefined;
  targetLang: string | undefined;
  context: string | undefined;
  modelType: string | undefined;
  formality: string | undefined;
  glossaryId: string | undefined;
  bodyBytes: number;
  /** Status answered; 0 while a hung request is left unanswered. */
  status: number;
}

export interface FakeTranslateInput {
  sourceLang: string | undefined;
  /** Upper case, as DeepL reports languages: 'EN-US', 'DE'. */
  targetLang: string;
  context: string | undefined;
  /** As sent: 'quality_optimized', 'latency_optimized', …; undefined when the request names none. */
  modelType: string | undefined;
  /** As sent: 'more', 'less', …; undefined when the request names none. */
  formality: string | undefined;
  /** The entries (source → target) of the glossary the request names; absent without one. */
  glossary?: ReadonlyMap<string, string>;
}

/** A glossary as the fake stores it (DeepL's v2 glossaries: one language pair, immutable). */
export interface FakeGlossary {
  id: string;
  name: string;
  /** Lower case, as DeepL answers: 'de', 'en'. */
  sourceLang: string;
  targetLang: string;
  entries: Map<string, string>;
  creationTime: string;
}

/** Which requests a queued failure answers: translate, any glossary request, or only deleting a glossary. */
export type FakeFailTarget = 'translate' | 'glossaries' | 'glossary-delete';

export type FakeTranslator = (text: string, input: FakeTranslateInput) => string;

export type FakeFailStatus = 400 | 403 | 404 | 413 | 429 | 456 | 500 | 502 | 503 | 504;

export interface FakeDeepLOptions {
  /** 0 (default) picks a free port. */
  port?: number;
  /** When set, other keys get 403. */
  authKey?: string;
  translator?: FakeTranslator;
  /** Reported by /v2/usage. Default 500 000. */
  characterLimit?: number;
}

export interface FakeDeepL {
  /** Base URL to use as DEEPL_SERVER_URL / serverUrl. */
  url: string;
  /** Every API request in arrival order (control requests under /__fake/ are not recorded). */
  requests: RecordedRequest[];
  /** The next `times` translate (or glossary) requests are answered with `status` and DeepL's error body. */
  failNext(status: FakeFailStatus, times?: number, on?: FakeFailTarget): void;
  /** The glossaries stored now, in creation order. */
  glossaries(): FakeGlossary[];
  /** The next `times` translate requests are never answered, so the client runs into its time-out. */
  hangNext(times?: number): void;
  setTranslator(fn: FakeTranslator): void;
  /** Forgets the recorded requests, queued failures, hangs and usage, and restores the default translator. */
  reset(): void;
  close(): Promise<void>;
}

/**
 * Obviously not a translation, so nobody mistakes the fake's output for DeepL's. With a glossary,
 * its source terms (whole words, longest first) are replaced by their target terms, so tests see it was used.
 */
export const pseudoTranslate: FakeTranslator = (text, { targetLang, glossary }) =>
  `[${targetLang}] ${glossary ? applyGlossary(text, glossary) : text}`;

export function applyGlossary(text: string, glossary: ReadonlyMap<string, string>): string {
  const sources = [...glossary.keys()].sort((a, b) => b.length - a.length);
  if (sources.length === 0) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${sources.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return text.replace(pattern, (term) => glossary.get(term) ?? term);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** DeepL's request limits, enforced so that batching mistakes fail in tests instead of in production. */
const MAX_TEXTS = 50;
const MAX_BODY_BYTES = 128 * 1024;

const ERROR_BODY: Record<FakeFailStatus, string> = {
  400: 'Bad request',
  403: 'Wrong endpoint. Use https://api.deepl.com',
  404: 'Not found',
  413: 'Request Entity Too Large',
  429: 'Too many requests',
  456: 'Quota Exceeded',
  500: 'Internal server error',
  502: 'Bad gateway',
  503: 'Service unavailable',
  504: 'Gateway timeout',
};

export async function startFakeDeepL(options: FakeDeepLOptions = {}): Promise<FakeDeepL> {
  const requests: RecordedRequest[] = [];
  const failures: FakeFailStatus[] = [];
  const glossaryFailures: FakeFailStatus[] = [];
  const deleteFailures: FakeFailStatus[] = [];
  const glossaries = new Map<string, FakeGlossary>();
  let glossaryCount = 0;
  const hung = new Set<ServerResponse>();
  let hangs = 0;
  /** Translate requests still answered normally before queued failures start (to fail mid-document). */
  let passBeforeFailing = 0;
  /** Added to every translate answer, so a test can watch progress. */
  let delayMs = 0;
  const defaultTranslator = options.translator ?? pseudoTranslate;
  let translator = defaultTranslator;
  let characterCount = 0;
  const characterLimit = options.characterLimit ?? 500_000;

  function failNext(status: FakeFailStatus, times = 1, on: FakeFailTarget = 'translate'): void {
    const queue = on === 'glossaries' ? glossaryFailures : on === 'glossary-delete' ? deleteFailures : failures;
    for (let i = 0; i < times; i++) queue.push(status);
  }
  function hangNext(times = 1): void {
    hangs += times;
  }
  function reset(): void {
    requests.length = 0;
    failures.length = 0;
    glossaryFailures.length = 0;
    deleteFailures.length = 0;
    glossaries.clear();
    hangs = 0;
    passBeforeFailing = 0;
    delayMs = 0;
    characterCount = 0;
    translator = defaultTranslator;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const body = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/__fake/')) return control(url, body, res);

    const params = parseParams(req, url, body);
    const authKey = /^DeepL-Auth-Key (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      authKey,
      params,
      texts: params.text ?? [],
      sourceLang: params.source_lang?.[0],
      targetLang: params.target_lang?.[0],
      context: params.context?.[0],
      modelType: params.model_type?.[0],
      formality: params.formality?.[0],
      glossaryId: params.glossary_id?.[0],
      bodyBytes: body.length,
      status: 0,
    };
    requests.push(record);
    const answer = (status: number, json: unknown) => {
      record.status = status;
      send(res, status, json);
    };

    if (authKey === undefined || (options.authKey !== undefined && authKey !== options.authKey)) {
      return answer(403, { message: 'Forbidden' });
    }
    if (url.pathname === '/v2/usage') {
      return answer(200, { character_count: characterCount, character_limit: characterLimit });
    }
    if (url.pathname === '/v2/languages') {
      return answer(200, params.type?.[0] === 'target' ? TARGET_LANGUAGES : SOURCE_LANGUAGES);
    }
    if (url.pathname === '/v2/glossary-language-pairs') {
      return answer(200, { supported_languages: GLOSSARY_PAIRS });
    }
    if (url.pathname === '/v2/glossaries' || url.pathname.startsWith('/v2/glossaries/')) {
      const failure = (req.method === 'DELETE' ? deleteFailures.shift() : undefined) ?? glossaryFailures.shift();
      if (failure !== undefined) return answer(failure, { message: ERROR_BODY[failure] });
      return glossaryRequest(req.method ?? 'GET', url.pathname, params, record, res);
    }
    if (url.pathname !== '/v2/translate' || req.method !== 'POST') {
      return answer(404, { message: 'Not found' });
    }

    if (hangs > 0) {
      hangs--;
      hung.add(res);
      res.once('close', () => hung.delete(res));
      return;
    }
    if (delayMs > 0) await new Promise((r) => setTimeout(r, delayMs));
    const failure = failures.length > 0 && passBeforeFailing-- <= 0 ? failures.shift() : undefined;
    if (failure !== undefined) return answer(failure, { message: ERROR_BODY[failure] });
    if (body.length > MAX_BODY_BYTES) return answer(413, { message: ERROR_BODY[413] });
    if (record.texts.length === 0) return answer(400, { message: "Parameter 'text' not specified." });
    if (record.texts.length > MAX_TEXTS) return answer(413, { message: `Too many texts (max ${MAX_TEXTS}).` });
    const target = record.targetLang?.toUpperCase();
    if (target === undefined || !/^[A-Z]{2}(-[A-Z0-9]+)?$/.test(target) || target === 'EN' || target === 'PT') {
      return answer(400, { message: "Value for 'target_lang' not supported." });
    }

    // Like DeepL: strict formality only where the target language has it; the prefer_ values never fail.
    const formality = record.formality?.toLowerCase();
    if ((formality === 'more' || formality === 'less') && !FORMALITY_TARGETS.has(target)) {
      return answer(400, { message: "'formality' is not supported for given 'target_lang'." });
    }

    const source = record.sourceLang?.toUpperCase();
    let glossary: FakeGlossary | undefined;
    if (record.glossaryId !== undefined) {
      glossary = glossaries.get(record.glossaryId);
      // Like DeepL: a glossary needs an explicit source language, and its pair must be the request's.
      if (!glossary) return answer(400, { message: "Value for 'glossary_id' not supported." });
      if (source === undefined || glossary.sourceLang !== source.toLowerCase() || !target.toLowerCase().startsWith(glossary.targetLang)) {
        return answer(400, { message: "Language pair of the glossary doesn't match the language pair of the request." });
      }
    }
    const input: FakeTranslateInput = {
      sourceLang: source,
      targetLang: target,
      context: record.context,
      modelType: record.modelType,
      formality: record.formality,
      ...(glossary ? { glossary: glossary.entries } : {}),
    };
    const billed = params.show_billed_characters?.[0] === '1' || params.show_billed_characters?.[0] === 'true';
    const translations = record.texts.map((text) => {
      const characters = [...text].length;
      characterCount += characters;
      return {
        detected_source_language: source ?? (target.startsWith('EN') ? 'DE' : 'EN'),
        text: translator(text, input),
        ...(billed ? { billed_characters: characters } : {}),
        ...(record.modelType === undefined
          ? {}
          : { model_type_used: record.modelType.replace(/^prefer_/, '') }),
      };
    });
    return answer(200, { translations });
  }

  /** The v2 glossary endpoints deepl-node calls: create, list, get, entries, delete. */
  function glossaryRequest(
    method: string,
    path: string,
    params: Record<string, string[]>,
    record: RecordedRequest,
    res: ServerResponse,
  ): void {
    const answer = (status: number, json?: unknown) => {
      record.status = status;
      send(res, status, json);
    };
    const [, id, sub] = /^\/v2\/glossaries(?:\/([^/]+))?(?:\/(entries))?$/.exec(path) ?? [];
    if (id === undefined) {
      if (method === 'GET') return answer(200, { glossaries: [...glossaries.values()].map(glossaryInfo) });
      if (method !== 'POST') return answer(405, { message: 'Method not allowed' });
      const created = createGlossary(params);
      if (typeof created === 'string') return answer(400, { message: created });
      return answer(201, glossaryInfo(created));
    }
    const glossary = glossaries.get(id);
    if (!glossary) return answer(404, { message: 'Glossary not found' });
    if (sub === 'entries' && method === 'GET') {
      record.status = 200;
      const tsv = [...glossary.entries].map(([source, target]) => `${source}\t${target}`).join('\n');
      res.writeHead(200, { 'Content-Type': 'text/tab-separated-values' }).end(tsv);
      return;
    }
    if (sub !== undefined) return answer(404, { message: 'Not found' });
    if (method === 'GET') return answer(200, glossaryInfo(glossary));
    if (method === 'DELETE') {
      glossaries.delete(id);
      return answer(204);
    }
    return answer(405, { message: 'Method not allowed' });
  }

  /** The new glossary, or DeepL's reason for refusing it. */
  function createGlossary(params: Record<string, string[]>): FakeGlossary | string {
    const name = params.name?.[0] ?? '';
    const sourceLang = (params.source_lang?.[0] ?? '').toLowerCase();
    const targetLang = (params.target_lang?.[0] ?? '').toLowerCase();
    const format = params.entries_format?.[0] ?? 'tsv';
    if (!name) return "Parameter 'name' not specified.";
    if (!GLOSSARY_PAIRS.some((p) => p.source_lang === sourceLang && p.target_lang === targetLang)) {
      return 'Unsupported glossary source and target language pair.';
    }
    if (format !== 'tsv') return `Unsupported entries_format '${format}'.`;
    const entries = new Map<string, string>();
    for (const line of (params.entries?.[0] ?? '').split(/\r\n|\n|\r/)) {
      if (line === '') continue;
      const fields = line.split('\t');
      const [source, target] = fields;
      if (fields.length !== 2 || !source?.trim() || !target?.trim()) return `Invalid glossary entry '${line}'.`;
      if (/[\u0000-\u001f\u0080-\u009f\u2028\u2029]/.test(source + target)) return `Invalid character in entry '${line}'.`;
      if (entries.has(source)) return `Duplicate source term '${source}'.`;
      entries.set(source, target);
    }
    if (entries.size === 0) return 'Invalid glossary entries provided.';
    const glossary: FakeGlossary = {
      id: `fake-glossary-${++glossaryCount}`,
      name,
      sourceLang,
      targetLang,
      entries,
      creationTime: new Date(0).toISOString(),
    };
    glossaries.set(glossary.id, glossary);
    return glossary;
  }

  /** Remote control for tests that run in another process than the server (Playwright). */
  function control(url: URL, body: Buffer, res: ServerResponse): void {
    const json = body.length > 0 ? (JSON.parse(body.toString('utf8')) as Record<string, unknown>) : {};
    const times = typeof json.times === 'number' ? json.times : 1;
    switch (url.pathname) {
      case '/__fake/fail':
        passBeforeFailing = typeof json.after === 'number' ? json.after : 0;
        failNext(json.status as FakeFailStatus, times, (json.on as FakeFailTarget | undefined) ?? 'translate');
        return send(res, 204);
      case '/__fake/hang':
        hangNext(times);
        return send(res, 204);
      case '/__fake/delay':
        delayMs = typeof json.ms === 'number' ? json.ms : 0;
        return send(res, 204);
      case '/__fake/requests':
        return send(res, 200, requests);
      case '/__fake/glossaries':
        return send(res, 200, [...glossaries.values()].map((g) => ({ ...glossaryInfo(g), entries: [...g.entries] })));
      case '/__fake/reset':
        reset();
        return send(res, 204);
      default:
        return send(res, 404, { message: 'Unknown control endpoint' });
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => send(res, 500, { message: String(error) }));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    failNext,
    glossaries: () => [...glossaries.values()],
    hangNext,
    setTranslator(fn) {
      translator = fn;
    },
    reset,
    async close() {
      for (const res of hung) res.destroy();
      hung.clear();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function send(res: ServerResponse, status: number, json?: unknown): void {
  if (json === undefined) {
    res.writeHead(status).end();
    return;
  }
  res.writeHead(status, { 'Content-Type': 'application/json' }).end(JSON.stringify(json));
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Fields from the query string and from a form or JSON body, as DeepL accepts both. */
function parseParams(req: IncomingMessage, url: URL, body: Buffer): Record<string, string[]> {
  const params: Record<string, string[]> = {};
  const add = (name: string, value: unknown) => {
    const values = Array.isArray(value) ? value : [value];
    (params[name] ??= []).push(...values.map(String));
  };
  for (const [name, value] of url.searchParams) add(name, value);
  if (body.length === 0) return params;
  const text = body.toString('utf8');
  if ((req.headers['content-type'] ?? '').includes('application/json')) {
    for (const [name, value] of Object.entries(JSON.parse(text) as Record<string, unknown>)) add(name, value);
  } else {
    for (const [name, value] of new URLSearchParams(text)) add(name, value);
  }
  return params;
}

const SOURCE_LANGUAGES = [
  { language: 'DE', name: 'German' },
  { language: 'EN', name: 'English' },
];
const FORMALITY_TARGETS: ReadonlySet<string> = new Set(['DE']);
const TARGET_LANGUAGES = [
  { language: 'DE', name: 'German', supports_formality: true },
  { language: 'EN-GB', name: 'English (British)', supports_formality: false },
  { language: 'EN-US', name: 'English (American)', supports_formality: false },
];

const GLOSSARY_PAIRS = [
  { source_lang: 'de', target_lang: 'en' },
  { source_lang: 'en', target_lang: 'de' },
];

function glossaryInfo(g: FakeGlossary) {
  return {
    glossary_id: g.id,
    name: g.name,
    ready: true,
    source_lang: g.sourceLang,
    target_lang: g.targetLang,
    creation_time: g.creationTime,
    entry_count: g.entries.size,
  };
}
