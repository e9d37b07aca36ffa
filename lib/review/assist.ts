/** On-demand checks that ask DeepL or an LLM: round trip, alternatives, second opinion, MQM review. */
import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, segmentFindings, segments, type ExtraFindings } from '../db/schema';
import { fingerprint, type Finding } from '../checks';
import { invalid, notFound } from '../errors';
import { alignWords } from '../lexicon';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import { annotateMqm, type LlmClient } from '../llm';
import { alternatives, roundTrip, secondOpinion, type Engine } from '../mt';
import { recheckDocument } from './findings';

async function segmentWithDocument(db: Db, segmentId: number) {
  const [row] = await db
    .select({ segment: segments, sourceLang: documents.sourceLang, targetLang: documents.targetLang })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(eq(segments.id, segmentId));
  if (!row) throw notFound('The segment');
  return { ...row, sourceLang: row.sourceLang as SourceLang, targetLang: row.targetLang as TargetLang };
}

/** Stores an on-demand check's findings with the texts they were computed for (replacing its earlier result). */
async function storeExtra(db: Db, segment: typeof segments.$inferSelect, check: string, findings: Finding[]) {
  const input = { source: segment.sourceText, target: segment.targetText };
  const entry: ExtraFindings = {
    check,
    forSource: segment.sourceText,
    forTarget: segment.targetText,
    findings: findings.map((f) => ({ ...f, check, fingerprint: fingerprint({ ...f, check }, input) })),
  };
  await db.transaction(async (tx) => {
    let [row] = await tx.select().from(segmentFindings).where(eq(segmentFindings.segmentId, segment.id));
    if (!row) {
      await recheckDocument(tx, segment.documentId);
      [row] = await tx.select().from(segmentFindings).where(eq(segmentFindings.segmentId, segment.id));
    }
    const extra = [...(row?.extra ?? []).filter((e) => e.check !== check), entry];
    await tx.update(segmentFindings).set({ extra }).where(eq(segmentFindings.segmentId, segment.id));
  });
}

/** Neighbouring segments' texts, for context. */
async function neighbours(db: Db, segment: typeof segments.$inferSelect) {
  const around = await db
    .select()
    .from(segments)
    .where(and(eq(segments.documentId, segment.documentId)))
    .orderBy(asc(segments.position));
  const i = around.findIndex((s) => s.id === segment.id);
  return { previous: around[i - 1], next: around[i + 1] };
}

export async function roundTripSegment(db: Db, engine: Engine, segmentId: number) {
  const { segment, sourceLang, targetLang } = await segmentWithDocument(db, segmentId);
  const { previous, next } = await neighbours(db, segment);
  const result = await roundTrip({
    engine,
    source: segment.sourceText,
    target: segment.targetText,
    sourceLang,
    targetLang,
    context: [previous?.targetText, next?.targetText].filter(Boolean).join(' ') || undefined,
    ...(targetLang === 'en-GB' ? { englishVariant: 'en-GB' as const } : {}),
  });
  await storeExtra(db, segment, 'round-trip', result.findings);
  return result;
}

/**
 * Alternatives for the whole segment, or for a phrase of its source: then the phrase's current rendering in
 * the target is found through the word alignment, so an alternative can replace exactly those words.
 */
export async function alternativesForSegment(db: Db, engine: Engine, segmentId: number, phrase?: string) {
  const { segment, sourceLang, targetLang } = await segmentWithDocument(db, segmentId);
  const { previous, next } = await neighbours(db, segment);
  let targetSpan: { start: number; end: number } | null = null;
  if (phrase) {
    const at = segment.sourceText.indexOf(phrase);
    if (at < 0) throw invalid(`“${phrase}” is not in the source of segment ${segment.position + 1}. Select words of the source.`);
    targetSpan = renderingOf(segment.sourceText, segment.targetText, { start: at, end: at + phrase.length }, baseLang(sourceLang), baseLang(targetLang));
  }
  const alts = await alternatives({
    engine,
    segmentSource: segment.sourceText,
    ...(phrase ? { phrase } : {}),
    previous: previous?.sourceText,
    next: next?.sourceText,
    sourceLang,
    targetLang,
    currentTarget: targetSpan ? segment.targetText.slice(targetSpan.start, targetSpan.end) : phrase ? '' : segment.targetText,
  });
  return { alternatives: alts, phrase: phrase ?? null, targetSpan };
}

/** The target words linked to a source span by the German–English word alignment (null when none are). */
export function renderingOf(source: string, target: string, span: { start: number; end: number }, sourceLang: 'de' | 'en', targetLang: 'de' | 'en') {
  const { sourceTokens, targetTokens, links } = alignWords(source, target, sourceLang, targetLang);
  const inSpan = new Set(sourceTokens.flatMap((t, i) => (t.start < span.end && t.end > span.start ? [i] : [])));
  const linked = links.filter(([s]) => inSpan.has(s)).map(([, t]) => targetTokens[t]!);
  if (linked.length === 0) return null;
  return { start: Math.min(...linked.map((t) => t.start)), end: Math.max(...linked.map((t) => t.end)) };
}

export async function secondOpinionForDocument(db: Db, engine: Engine, documentId: number) {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const segs = await db.select().from(segments).where(eq(segments.documentId, documentId)).orderBy(asc(segments.position));
  const results = await secondOpinion({
    engine,
    segments: segs.map((s) => ({ id: s.id, source: s.sourceText, target: s.targetText, paragraph: s.paragraphIndex })),
    sourceLang: doc.sourceLang as SourceLang,
    targetLang: doc.targetLang as TargetLang,
  });
  const byId = new Map(segs.map((s) => [s.id, s]));
  for (const r of results) {
    const seg = byId.get(r.id);
    if (seg) await storeExtra(db, seg, 'second-opinion', r.finding ? [r.finding] : []);
  }
  return results;
}

export async function llmReviewSegment(db: Db, client: LlmClient, segmentId: number) {
  const { segment, sourceLang, targetLang } = await segmentWithDocument(db, segmentId);
  const result = await annotateMqm({ client, source: segment.sourceText, target: segment.targetText, sourceLang, targetLang });
  await storeExtra(db, segment, 'llm', result.findings);
  return result;
}
