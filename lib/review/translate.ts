/** Machine-translating a document's untranslated segments, persisting each batch at once so an error loses nothing. */
import { and, asc, eq, isNull, ne } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, revisions, segments } from '../db/schema';
import { DomainError, notFound } from '../errors';
import type { SourceLang, TargetLang } from '../lang';
import { baseLang } from '../lang';
import { recordActivity } from './activity';
import { deeplGlossaryId } from './glossary-sync';
import { recheckDocument } from './findings';
import { logLine } from '../log';
import { EngineError, translateSegments, type Engine, type MemoryStore } from '../mt';

export interface TranslateDeps {
  db: Db;
  engine: Engine;
  memory: MemoryStore;
}

export type TranslationOutcome =
  | { ok: true; translated: number; fromMemory: number; sent: number }
  | { ok: false; error: { code: string; message: string } };

/** Marks the document as translating; throws if it already is, so two jobs never run at once. */
export async function claimTranslation(db: Db, documentId: number) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const [claimed] = await db
    .update(documents)
    .set({ translationState: 'translating', translationError: null, updatedAt: new Date() })
    .where(and(eq(documents.id, documentId), ne(documents.translationState, 'translating')))
    .returning();
  if (!claimed) throw new DomainError('conflict', 'This document is already being translated.');
  return claimed;
}

/** Translates every segment that has no translation yet. Call claimTranslation first. */
export async function runTranslation({ db, engine, memory }: TranslateDeps, documentId: number): Promise<TranslationOutcome> {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const all = await db.select().from(segments).where(eq(segments.documentId, documentId)).orderBy(asc(segments.position));
  const paragraphText = new Map<number, string>();
  for (const s of all) paragraphText.set(s.paragraphIndex, `${paragraphText.get(s.paragraphIndex) ?? ''} ${s.sourceText}`.trim());
  const todo = all.filter((s) => s.machineText === null);
  // The project glossary, once synced to DeepL, steers every machine translation.
  const glossaryId = await deeplGlossaryId(db, doc.projectId, {
    sourceLang: baseLang(doc.sourceLang as SourceLang),
    targetLang: baseLang(doc.targetLang as TargetLang),
  });
  // The job's end, either way: the document's state, the findings over what was stored and the one audit entry commit together.
  const finish = (translationState: 'complete' | 'failed', translationError: { code: string; message: string } | null, details: Record<string, unknown>) =>
    db.transaction(async (tx) => {
      // Labelled DeepL only once DeepL's text is in it: a job that failed before its first answer leaves the label as it was.
      const [fromEngine] = await tx
        .select({ id: segments.id })
        .from(segments)
        .where(and(eq(segments.documentId, documentId), eq(segments.machineOrigin, 'deepl')))
        .limit(1);
      await tx
        .update(documents)
        .set({ translationState, translationError, ...(fromEngine ? { provenance: 'deepl' as const, provenanceDetail: engine.label } : {}), updatedAt: new Date() })
        .where(eq(documents.id, documentId));
      await recheckDocument(tx, documentId);
      await recordActivity(tx, { documentId, actor: engine.label, action: 'translation', details });
    });
  try {
    const result = await translateSegments({
      engine,
      memory,
      sourceLang: doc.sourceLang as SourceLang,
      targetLang: doc.targetLang as TargetLang,
      ...(glossaryId ? { glossaryId } : {}),
      segments: todo.map((s) => ({
        id: s.id,
        paragraph: s.paragraphIndex,
        source: s.sourceText,
        paragraphText: paragraphText.get(s.paragraphIndex) ?? s.sourceText,
      })),
      onProgress: async (done) => {
        await storeMachineTranslations(db, documentId, done, engine.label);
      },
    });
    await finish('complete', null, { ok: true, translated: result.translated, fromMemory: result.fromMemory });
    return { ok: true, translated: result.translated, fromMemory: result.fromMemory, sent: result.sent };
  } catch (err) {
    const error =
      err instanceof EngineError
        ? { code: err.code, message: err.message }
        : { code: 'unknown', message: 'Translation stopped because of an unexpected error. What was translated is kept; press Resume to continue.' };
    // Without the query's parameters: a failed statement would otherwise log the document's text.
    if (!(err instanceof EngineError)) console.error(logLine(err));
    await finish('failed', error, { ok: false, error: error.message });
    return { ok: false, error };
  }
}

/** Stores engine output on segments still untranslated; a segment someone typed into meanwhile keeps its text. */
async function storeMachineTranslations(db: Db, documentId: number, done: { id: number; text: string }[], engineLabel: string) {
  if (done.length === 0) return;
  await db.transaction(async (tx) => {
    const now = new Date();
    // From DeepL's first answer on, the document says where its translation comes from (not before: see finish).
    await tx
      .update(documents)
      .set({ provenance: 'deepl', provenanceDetail: engineLabel })
      .where(and(eq(documents.id, documentId), ne(documents.provenance, 'deepl')));
    for (const d of done) {
      const [seg] = await tx
        .update(segments)
        .set({ machineText: d.text, machineOrigin: 'deepl', updatedAt: now })
        .where(and(eq(segments.id, d.id), isNull(segments.machineText)))
        .returning();
      if (!seg) continue;
      if (seg.status !== 'untranslated') continue;
      const [updated] = await tx
        .update(segments)
        .set({ targetText: d.text, status: 'machine', version: seg.version + 1 })
        .where(and(eq(segments.id, d.id), eq(segments.version, seg.version)))
        .returning();
      if (!updated) continue;
      await tx.insert(revisions).values({
        segmentId: seg.id,
        author: engineLabel,
        text: d.text,
        kind: 'machine',
        baseVersion: seg.version,
        version: updated.version,
        createdAt: now,
      });
    }
  });
}
