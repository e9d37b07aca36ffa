/** Keeps a DeepL glossary in step with a Lektorat glossary, so the DeepL engine can translate with its terms. */
import { DeepLClient, GlossaryEntries, GlossaryNotFoundError, QuotaExceededError } from 'deepl-node';
import { toEngineError } from './deepl';
import { EngineError } from './engine';

/*
 * Why DeepL's v2 glossaries (create + delete) and not v3's editable ones: a v2 glossary never changes,
 * so its id names exactly one set of terms, and the translation memory can key on it. A v3 glossary
 * edited in place keeps its id, and the memory would go on serving translations made with old terms.
 */

export interface GlossaryEntry {
  source: string;
  target: string;
}

export interface SyncGlossaryOptions {
  authKey: string;
  serverUrl?: string;
  /** Shown in the DeepL account; e.g. the Lektorat glossary's name and id. */
  name: string;
  sourceLang: 'de' | 'en';
  targetLang: 'de' | 'en';
  entries: readonly GlossaryEntry[];
  /** The DeepL glossary made by the previous sync; deleted once the new one exists. */
  existingId?: string;
  /** Retries of a step after a 429, a 5xx, a failed connection or a time-out, with doubling waits. Default 4. */
  maxRetries?: number;
  /** Wait before the first retry. Default 1000 ms (so 1 + 2 + 4 + 8 s in all). */
  retryDelayMs?: number;
}

export interface SkippedEntry extends GlossaryEntry {
  /** Plain words for the UI. */
  reason: string;
}

export interface SyncGlossaryResult {
  /** The glossary to translate with; null when no entry was usable, so none exists any more. */
  glossaryId: string | null;
  /** Entries DeepL would refuse, left out so that the rest still reach DeepL. */
  skipped: SkippedEntry[];
}

/**
 * Replaces the DeepL glossary `existingId` with one holding `entries`. The new glossary is created
 * first and the old one deleted after, so a failure leaves the old one working; if the delete fails,
 * the new one is removed again and the caller keeps `existingId`.
 */
export async function syncGlossary(options: SyncGlossaryOptions): Promise<SyncGlossaryResult> {
  if (options.sourceLang === options.targetLang) {
    throw new EngineError('bad-request', 'A glossary needs two different languages.');
  }
  const { entries, skipped } = cleanEntries(options.entries);
  // The retries are ours (deepl-node's own give up after two 503s and cannot say which step failed).
  const client = new DeepLClient(options.authKey, {
    ...(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
    maxRetries: 0,
  });
  const retry = { maxRetries: options.maxRetries ?? 4, delayMs: options.retryDelayMs ?? 1000 };
  let glossaryId: string | null = null;
  if (entries.size > 0) {
    const glossaryEntries = new GlossaryEntries();
    for (const [source, target] of entries) glossaryEntries.add(source, target);
    const info = await step('storing the new glossary', retry, () => client.createGlossary(options.name, options.sourceLang, options.targetLang, glossaryEntries));
    glossaryId = info.glossaryId;
  }
  if (options.existingId && options.existingId !== glossaryId) {
    const existingId = options.existingId;
    try {
      await step('deleting the previous glossary', retry, () => client.deleteGlossary(existingId));
    } catch (e) {
      // Someone deleted it in the DeepL account already: that is what we wanted.
      if (!(e instanceof EngineError && e.cause instanceof GlossaryNotFoundError)) {
        if (glossaryId !== null) await client.deleteGlossary(glossaryId).catch(() => undefined);
        throw e;
      }
    }
  }
  return { glossaryId, skipped };
}

/** One request of the sync, retried while DeepL's failure is one that passes (429, 5xx, no connection, time-out). */
async function step<T>(what: string, retry: { maxRetries: number; delayMs: number }, run: () => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await run();
    } catch (e) {
      const error = syncError(e);
      const passing = error.code === 'rate-limit' || error.code === 'unavailable' || error.code === 'timeout';
      if (!passing) throw error;
      if (attempt >= retry.maxRetries) {
        const tries = attempt + 1;
        throw new EngineError(
          error.code,
          `DeepL failed while ${what}${error.status ? ` (${error.status})` : ''}${tries > 1 ? `, ${tries} times in a row` : ''}. ` +
            'The glossary DeepL translates with is unchanged; sync again in a few minutes.',
          { cause: e, ...(error.status === undefined ? {} : { status: error.status }) },
        );
      }
      await new Promise((resolve) => setTimeout(resolve, retry.delayMs * 2 ** attempt));
    }
  }
}

/** Trimmed entries DeepL accepts, by source term (first one wins), and the ones it would refuse, with why. */
export function cleanEntries(list: readonly GlossaryEntry[]): { entries: Map<string, string>; skipped: SkippedEntry[] } {
  const entries = new Map<string, string>();
  const skipped: SkippedEntry[] = [];
  for (const entry of list) {
    // Tabs and line breaks separate entries in the TSV DeepL receives; inside a term they are just spaces.
    const source = entry.source.replace(/[\t\r\n]+/g, ' ').trim();
    const target = entry.target.replace(/[\t\r\n]+/g, ' ').trim();
    const reason = !source
      ? 'The source term is empty.'
      : !target
        ? 'The target term is empty.'
        : CONTROL.test(source) || CONTROL.test(target)
          ? 'The term contains a control character DeepL does not accept.'
          : entries.has(source)
            ? `"${source}" is already in the glossary; DeepL allows each source term once.`
            : // deepl-node keeps entries in a plain object, where this key would change its prototype.
              source === '__proto__'
              ? 'DeepL cannot store this term.'
              : undefined;
    if (reason) skipped.push({ ...entry, reason });
    else entries.set(source, target);
  }
  return { entries, skipped };
}

// C0 and C1 control characters and Unicode line separators: what deepl-node's term check refuses.
const CONTROL = /[\u0000-\u001f\u0080-\u009f\u2028\u2029]/;

function syncError(e: unknown): EngineError {
  if (e instanceof QuotaExceededError) {
    return new EngineError(
      'quota',
      'DeepL refused to store the glossary (456): the account’s quota or its number of glossaries is used up. ' +
        'Delete unused glossaries in the DeepL account or upgrade the plan, then sync again.',
      { cause: e, status: 456 },
    );
  }
  if (e instanceof GlossaryNotFoundError) return new EngineError('bad-request', 'DeepL does not have that glossary any more.', { cause: e, status: 404 });
  const error = toEngineError(e, 30_000);
  if (error.code !== 'bad-request' || error.status !== 400) return error;
  return new EngineError('bad-request', `DeepL refused the glossary (${e instanceof Error ? e.message : String(e)}).`, {
    cause: e,
    status: 400,
  });
}
