/** Translates a document's segments: memory first, the rest in batches, each answer reported and remembered at once. */
import type { SourceLang, TargetLang } from '../lang';
import { DEEPL_LIMITS, planBatches, requestBodyBytes, splitForRequest, type Batch, type BatchLimits, type SourceSegment } from './batch';
import { EngineError, type Engine } from './engine';
import { memoryKey, type MemoryEntry, type MemoryStore } from './memory';

export interface TranslatedSegment {
  id: number;
  text: string;
}

export interface TranslationProgress {
  /** Segments of this call translated so far. */
  translated: number;
  /** Segments given to this call. */
  total: number;
}

export interface TranslateSegmentsOptions {
  engine: Engine;
  memory: MemoryStore;
  /** The segments still to translate; on resume, pass only those without a translation. */
  segments: SourceSegment[];
  sourceLang: SourceLang;
  targetLang: TargetLang;
  /** A DeepL glossary to translate with; part of the memory key, so answers without it are not reused. */
  glossaryId?: string;
  /** Called once per answered batch (and once for memory hits), never concurrently; persist `done` here. */
  onProgress(done: TranslatedSegment[], progress: TranslationProgress): Promise<void> | void;
  signal?: AbortSignal;
  /** Requests in flight at once. Default 2. */
  concurrency?: number;
  limits?: BatchLimits;
}

export interface TranslateSegmentsResult {
  /** Segments translated by this call: from memory, sent, repeats of a sent sentence, blank ones. */
  translated: number;
  /** Segments answered from memory. */
  fromMemory: number;
  /** Texts sent to the engine; a sentence repeated in the document is sent once. */
  sent: number;
  /** Characters of the sent texts, as DeepL bills them (code points; context is free). */
  charactersBilled: number;
}

/**
 * Translates `segments` and reports every translation through `onProgress` as soon as it exists.
 * On an engine failure it first reports every batch that was answered, then throws the EngineError,
 * so the caller can mark the document failed and resume later with what is still untranslated.
 */
export async function translateSegments(options: TranslateSegmentsOptions): Promise<TranslateSegmentsResult> {
  const { engine, memory, segments, sourceLang, targetLang, signal } = options;
  const glossaryId = options.glossaryId || undefined;
  const total = segments.length;
  const result: TranslateSegmentsResult = { translated: 0, fromMemory: 0, sent: 0, charactersBilled: 0 };

  // Reports run one after another so the caller never persists two batches at the same time.
  let reporting = Promise.resolve();
  const report = (done: TranslatedSegment[]): Promise<void> => {
    reporting = reporting.then(async () => {
      result.translated += done.length;
      await options.onProgress(done, { translated: result.translated, total });
    });
    return reporting;
  };

  // Segments by source text: a sentence that occurs twice is looked up and sent once.
  const bySource = new Map<string, SourceSegment[]>();
  const blank: TranslatedSegment[] = [];
  for (const segment of segments) {
    // Nothing to translate (and deepl-node refuses empty texts), so the translation is the source.
    if (segment.source.trim() === '') {
      blank.push({ id: segment.id, text: segment.source });
      continue;
    }
    const same = bySource.get(segment.source);
    if (same) same.push(segment);
    else bySource.set(segment.source, [segment]);
  }
  const keyOf = (source: string) => memoryKey(engine.id, sourceLang, targetLang, source, glossaryId);

  const limits = options.limits ?? DEEPL_LIMITS;
  // A source too big for one request is sent in pieces, and its translation is theirs joined in order.
  const piecesOf = new Map<string, string[]>();
  const parentsOf = new Map<string, string[]>();
  for (const source of bySource.keys()) {
    if (requestBodyBytes([source]) <= limits.maxBodyBytes) continue;
    const pieces = splitForRequest(source, limits.maxBodyBytes);
    piecesOf.set(source, pieces);
    for (const piece of pieces) parentsOf.set(piece, [...(parentsOf.get(piece) ?? []), source]);
  }
  const pieceAnswers = new Map<string, string>();

  signal?.throwIfAborted();
  const known = await memory.get([...bySource.keys(), ...parentsOf.keys()].map(keyOf));
  const first: TranslatedSegment[] = [...blank];
  const toSend: SourceSegment[] = [];
  let pieceParagraph = -1;
  for (const [source, same] of bySource) {
    const text = known.get(keyOf(source));
    if (text !== undefined) {
      for (const segment of same) first.push({ id: segment.id, text });
      result.fromMemory += same.length;
      continue;
    }
    const pieces = piecesOf.get(source);
    if (!pieces) {
      toSend.push(same[0]!);
      continue;
    }
    // Pieces answered before (a resumed job) are not paid for again; each other piece goes alone, without context.
    for (const piece of pieces) {
      const answered = known.get(keyOf(piece));
      if (answered !== undefined) pieceAnswers.set(piece, answered);
      else toSend.push({ id: same[0]!.id, paragraph: pieceParagraph--, source: piece, paragraphText: piece });
    }
    if (pieces.every((p) => pieceAnswers.has(p))) {
      const text = pieces.map((p) => pieceAnswers.get(p)!.trim()).join(' ');
      for (const segment of same) first.push({ id: segment.id, text });
      result.fromMemory += same.length;
    }
  }
  if (first.length > 0) await report(first);

  const batches = planBatches(toSend, limits);
  let next = 0;
  let failure: { error: unknown } | undefined;

  async function send(batch: Batch): Promise<void> {
    const texts = batch.segments.map((s) => s.source);
    const answers = await engine.translate(
      {
        texts,
        sourceLang,
        targetLang,
        ...(batch.context === undefined ? {} : { context: batch.context }),
        ...(glossaryId === undefined ? {} : { glossaryId }),
      },
      signal,
    );
    result.sent += texts.length;
    for (const text of texts) result.charactersBilled += [...text].length;
    const entries: MemoryEntry[] = [];
    const done: TranslatedSegment[] = [];
    const answer = (sourceText: string, targetText: string) => {
      entries.push({ key: keyOf(sourceText), engine: engine.id, sourceLang, targetLang, sourceText, targetText });
      for (const segment of bySource.get(sourceText) ?? []) done.push({ id: segment.id, text: targetText });
    };
    texts.forEach((sourceText, i) => {
      const targetText = answers[i];
      // Never remember an empty stand-in: memory would serve it for good.
      if (targetText === undefined) {
        throw new EngineError('unknown', `${engine.label} answered fewer translations than texts were sent. Try again.`);
      }
      const parents = parentsOf.get(sourceText);
      if (!parents) return answer(sourceText, targetText);
      // A piece is remembered on its own (a resume re-sends only missing pieces); its text is done with its last piece.
      entries.push({ key: keyOf(sourceText), engine: engine.id, sourceLang, targetLang, sourceText, targetText });
      pieceAnswers.set(sourceText, targetText);
      for (const parent of parents) {
        const pieces = piecesOf.get(parent)!;
        if (pieces.every((p) => pieceAnswers.has(p)) && !done.some((d) => bySource.get(parent)?.some((seg) => seg.id === d.id))) {
          answer(parent, pieces.map((p) => pieceAnswers.get(p)!.trim()).join(' '));
        }
      }
    });
    // Remembered before it is reported: if persisting fails, a resume still gets it without paying again.
    await memory.put(entries);
    await report(done);
  }

  async function worker(): Promise<void> {
    while (!failure && next < batches.length) {
      const batch = batches[next++]!;
      try {
        await send(batch);
      } catch (error) {
        failure ??= { error };
      }
    }
  }

  const concurrency = Math.max(1, options.concurrency ?? 2);
  await Promise.all(Array.from({ length: Math.min(concurrency, batches.length) }, worker));
  if (failure) throw failure.error;
  return result;
}
