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
  const client = new DeepLClient(options.authKey, {
    ...(options.serverUrl === undefined ? {} : { serverUrl: options.serverUrl }),
    maxRetries: 2,
  });
  let glossaryId: string | null = null;
  if (entries.size > 0) {
    const glossaryEntries = new GlossaryEntries();
    for (const [source, target] of entries) glossaryEntries.add(source, target);
    try {
      const info = await client.createGlossary(options.name, options.sourceLang, options.targetLang, glossaryEntries);
      glossaryId = info.glossaryId;
    } catch (e) {
      throw syncError(e);
    }
  }
  if (options.existingId && options.existingId !== glossaryId) {
    try {
      await client.deleteGlossary(options.existingId);
    } catch (e) {
      // Someone deleted it in the DeepL account already: that is what we wanted.
      if (!(e instanceof GlossaryNotFoundError)) {
        if (glossaryId !== null) await client.deleteGlossary(glossaryId).catch(() => undefined);
        throw syncError(e);
      }
    }
  }
  return { glossaryId, skipped };
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
  const error = toEngineError(e, 30_000);
  if (error.code !== 'bad-request' || error.status !== 400) return error;
  return new EngineError('bad-request', `DeepL refused the glossary (${e instanceof Error ? e.message : String(e)}).`, {
    cause: e,
    status: 400,
  });
}
