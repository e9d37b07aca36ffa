/** Documents: creating one from a source text (and optionally a translation), listing, reading, deleting. */
import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { documents, meta, revisions, segments, type Origin, type Provenance, type SegmentStatus } from '../db/schema';
import { DomainError, invalid, notFound } from '../errors';
import { groupBy } from '../group-by';
import { baseLang, isSupportedPair, type SourceLang, type TargetLang } from '../lang';
import { segmentText, type Block } from '../segment';
import { recordActivity } from './activity';
import { statusCounts } from './workflow';
import { recheckDocument } from './findings';
import { addDocumentToTm, exactMatches } from './tm';
import { runTask } from '../workers';

export type SourceFormat = 'txt' | 'md';

export type ProvidedTranslation =
  | { kind: 'none' }
  /** One target text per source segment, in document order ('' where nothing corresponds). */
  | { kind: 'provided'; origin: Exclude<Origin, 'deepl' | 'tm'>; targets: string[] };

export interface NewDocument {
  title?: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  format: SourceFormat;
  text: string;
  translation: ProvidedTranslation;
  author: string;
  authorId?: string;
}

export interface Limits {
  maxSourceChars: number;
}

/** Splits a source text the way createDocument will; the alignment preview uses the same blocks. */
export function segmentSource(text: string, lang: SourceLang, format: SourceFormat): Block[] {
  return segmentText(text, baseLang(lang), format);
}

export function checkSourceText(text: string, limits: Limits): void {
  if (!text.trim()) throw invalid('The source text is empty. Paste or upload the article to review.');
  if (text.length > limits.maxSourceChars) {
    throw new DomainError(
      'too-large',
      `The text has ${text.length.toLocaleString('en')} characters; the limit is ${limits.maxSourceChars.toLocaleString('en')}. Split the article into parts and import them one by one.`,
    );
  }
}

export function checkLanguagePair(sourceLang: SourceLang, targetLang: TargetLang): void {
  if (!isSupportedPair(sourceLang, targetLang)) {
    throw invalid(`Translating ${sourceLang} into ${targetLang} is not supported. Choose German → English or English → German.`);
  }
}

function titleFrom(blocks: Block[]): string {
  const first = blocks[0]?.sentences.join(' ') ?? 'Untitled';
  return first.length > 120 ? `${first.slice(0, 117)}…` : first;
}

const PROVENANCE_OF: Record<Exclude<Origin, 'deepl' | 'tm'>, Provenance> = {
  pasted: 'pasted',
  uploaded: 'uploaded',
  'bundled-sample': 'bundled-sample',
};

export async function createDocument(db: Db, input: NewDocument, limits: Limits) {
  checkSourceText(input.text, limits);
  checkLanguagePair(input.sourceLang, input.targetLang);
  // Off the request thread: a long source (200,000 characters) takes the segmenter a while.
  const blocks = await runTask('segmentText', { text: input.text, lang: baseLang(input.sourceLang), format: input.format });
  const flat = blocks.flatMap((b) => b.sentences.map((s, i) => ({ block: b, sentenceIndex: i, source: s })));
  if (flat.length === 0) throw invalid('No sentences were found in the source text.');
  const provided = input.translation.kind === 'provided' ? input.translation : null;
  if (provided && provided.targets.length !== flat.length) {
    throw invalid(
      `The translation has ${provided.targets.length} segments but the source has ${flat.length}. Align the translation again before importing.`,
    );
  }
  if (provided && provided.targets.every((t) => !t.trim())) {
    throw invalid('The translation is empty. Paste the translation or choose machine translation.');
  }

  return db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(documents)
      .values({
        title: input.title?.trim() || titleFrom(blocks),
        sourceLang: input.sourceLang,
        targetLang: input.targetLang,
        sourceFormat: input.format,
        provenance: provided ? PROVENANCE_OF[provided.origin] : 'none',
        translationState: provided ? 'complete' : 'none',
      })
      .returning();
    if (!doc) throw new Error('insert returned no document');
    // Sentences without a given translation take an exact translation-memory match, labelled as such (never as DeepL).
    const exact = await exactMatches(tx, {
      sources: flat.filter((_, i) => !provided?.targets[i]?.trim()).map((f) => f.source),
      sourceLang: input.sourceLang,
      targetLang: input.targetLang,
    });
    const rows = flat.map((f, position) => {
      const given = provided?.targets[position]?.trim() ?? '';
      const fromTm = given ? undefined : exact.get(f.source.trim());
      const target = given || fromTm || '';
      return {
        documentId: doc.id,
        position,
        paragraphIndex: f.block.index,
        sentenceIndex: f.sentenceIndex,
        blockType: f.block.type,
        blockLevel: f.block.level,
        blockMarker: f.block.marker,
        sourceText: f.source,
        machineText: target ? target : null,
        machineOrigin: given && provided ? provided.origin : fromTm ? ('tm' as const) : null,
        targetText: target,
        status: target ? ('machine' as const) : ('untranslated' as const),
        version: target ? 1 : 0,
      };
    });
    // Insert in chunks: one statement per few hundred rows keeps parameter counts within limits.
    const inserted: { id: number; version: number; targetText: string }[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      inserted.push(
        ...(await tx
          .insert(segments)
          .values(rows.slice(i, i + 500))
          .returning({ id: segments.id, version: segments.version, targetText: segments.targetText })),
      );
    }
    const importRevisions = inserted
      .filter((s) => s.version === 1)
      .map((s) => ({ segmentId: s.id, author: input.author, text: s.targetText, kind: 'import' as const, baseVersion: 0, version: 1 }));
    for (let i = 0; i < importRevisions.length; i += 500) {
      await tx.insert(revisions).values(importRevisions.slice(i, i + 500));
    }
    await completeImport(tx, doc, input, {
      segments: flat.length,
      translation: provided ? provided.origin : 'none',
      ...(exact.size > 0 ? { fromTranslationMemory: rows.filter((r) => r.machineOrigin === 'tm').length } : {}),
    });
    return doc;
  });
}

/**
 * The last step of every document creation, inside its transaction: the first findings and the import entry
 * commit with the document, so after a crash it is there whole or not at all.
 */
export async function completeImport(
  tx: Tx,
  doc: { id: number; title: string },
  who: { author: string; authorId?: string },
  details: Record<string, unknown>,
): Promise<void> {
  await recheckDocument(tx, doc.id);
  // An imported XLIFF can bring approved pairs: they join the translation memory like ones approved here.
  await addDocumentToTm(tx, doc.id);
  await recordActivity(tx, { documentId: doc.id, actor: who.author, actorId: who.authorId, action: 'import', details: { ...details, title: doc.title } });
}

export interface DocumentProgress {
  total: number;
  translated: number;
  /** Segments whose translation differs from the first (machine or imported) one. */
  edited: number;
  byStatus: Record<SegmentStatus, number>;
  /** Every segment approved. */
  approved: boolean;
}

function progressOf(rows: { status: SegmentStatus; targetText: string; machineText: string | null }[]): DocumentProgress {
  const { counts, approved } = statusCounts(rows.map((r) => r.status));
  return {
    total: rows.length,
    translated: rows.length - counts.untranslated,
    edited: rows.filter((r) => r.targetText !== '' && r.targetText !== (r.machineText ?? '')).length,
    byStatus: counts,
    approved,
  };
}

export async function listDocuments(db: Db) {
  const docs = await db.select().from(documents).orderBy(desc(documents.createdAt), desc(documents.id));
  const rows = await db
    .select({ documentId: segments.documentId, status: segments.status, targetText: segments.targetText, machineText: segments.machineText })
    .from(segments);
  const byDoc = groupBy(rows, (r) => r.documentId);
  return docs.map((d) => ({ ...d, progress: progressOf(byDoc.get(d.id) ?? []) }));
}

export async function getDocument(db: Db, id: number) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, id));
  if (!doc) throw notFound('The document');
  const segs = await db.select().from(segments).where(eq(segments.documentId, id)).orderBy(asc(segments.position));
  return { ...doc, progress: progressOf(segs), segments: segs };
}

export async function deleteDocument(db: Db, id: number) {
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(documents).where(eq(documents.id, id)).returning({ id: documents.id });
    if (deleted.length === 0) throw notFound('The document');
    // Interchange data of an imported XLIFF/TMX file lives beside the document.
    await tx.delete(meta).where(inArray(meta.key, [`interchange:${id}`, `interchange-tags:${id}`]));
  });
}
