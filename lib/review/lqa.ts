/** LQA: errors editors mark on spans of a document (by hand or from a finding), and the document's score. */
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { DEFAULT_PROJECT_ID, documents, markedErrors, projects, segments } from '../db/schema';
import { CATEGORIES, type Category, type Span } from '../checks';
import { DomainError, invalid, notFound } from '../errors';
import { baseLang, type SourceLang } from '../lang';
import { countWords, DEFAULT_LQA_SETTINGS, LQA_SEVERITIES, lqaScore, lqaSettingsSchema, type LqaScore, type LqaSettings } from '../lqa';
import { recordActivity } from './activity';
import { listFindings } from './findings';
import type { Who } from './workflow';

const note = z.string().trim().max(1_000, 'A note can have at most 1,000 characters.').optional();
const category = z.enum(CATEGORIES, { error: () => `Unknown category. Use one of: ${CATEGORIES.join(', ')}.` });
const severity = z.enum(LQA_SEVERITIES, { error: () => `Unknown severity. Use one of: ${LQA_SEVERITIES.join(', ')}.` });
const offset = (what: string) => z.number({ error: `${what} must be a number (a character offset).` }).int().min(0);

/** A span marked by hand, or an automatic finding promoted to a marked error. */
export const markErrorSchema = z.union(
  [
    z
      .object({
        segmentId: z.number().int().positive(),
        side: z.enum(['source', 'target'], { error: () => 'side must be "source" or "target".' }),
        start: offset('start'),
        end: offset('end'),
        /** The words the user saw selected: if the text changed since, the mark is refused instead of landing elsewhere. */
        text: z.string().max(5_000).optional(),
        category,
        severity,
        note,
      })
      .refine((v) => v.end > v.start, { message: 'The marked span is empty: select at least one character.', path: ['end'] }),
    z.object({
      fromFinding: z.object({ segmentId: z.number().int().positive(), fingerprint: z.string().min(8).max(64) }),
      /** Overrides the finding's severity, e.g. to grade it neutral. */
      severity: severity.optional(),
      note,
    }),
  ],
  { error: () => 'Send either { segmentId, side, start, end, category, severity } or { fromFinding: { segmentId, fingerprint } }.' },
);
export type MarkErrorInput = z.infer<typeof markErrorSchema>;

export type MarkedErrorRow = typeof markedErrors.$inferSelect & { position: number };

const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

async function documentSegment(db: Db, documentId: number, segmentId: number) {
  const [seg] = await db.select().from(segments).where(and(eq(segments.id, segmentId), eq(segments.documentId, documentId)));
  if (!seg) throw notFound('The segment (in this document)');
  return seg;
}

/** Every marked error of a document, in reading order. */
export async function listMarkedErrors(db: Db, documentId: number): Promise<MarkedErrorRow[]> {
  return db
    .select({
      id: markedErrors.id,
      documentId: markedErrors.documentId,
      segmentId: markedErrors.segmentId,
      side: markedErrors.side,
      start: markedErrors.start,
      end: markedErrors.end,
      text: markedErrors.text,
      category: markedErrors.category,
      severity: markedErrors.severity,
      note: markedErrors.note,
      author: markedErrors.author,
      createdAt: markedErrors.createdAt,
      // Segments count from 1 for people, as in the activity trail.
      position: segments.position,
    })
    .from(markedErrors)
    .innerJoin(segments, eq(segments.id, markedErrors.segmentId))
    .where(eq(markedErrors.documentId, documentId))
    .orderBy(asc(segments.position), asc(markedErrors.side), asc(markedErrors.start), asc(markedErrors.id))
    .then((rows) => rows.map((r) => ({ ...r, position: r.position + 1 })));
}

/** The span, category and severity of a stored finding: its first target span, else its first source span, else the whole text. */
async function fromFinding(db: Db, documentId: number, ref: { segmentId: number; fingerprint: string }) {
  const seg = await documentSegment(db, documentId, ref.segmentId);
  const finding = (await listFindings(db, documentId)).find((s) => s.segmentId === ref.segmentId)?.findings.find((f) => f.fingerprint === ref.fingerprint);
  if (!finding) throw notFound('The finding (the segment may have changed since; reload the findings)');
  const target = finding.targetSpans.find((s) => s.end > s.start);
  const source = finding.sourceSpans.find((s) => s.end > s.start);
  let side: 'source' | 'target';
  let span: Span;
  if (target && finding.side !== 'source') [side, span] = ['target', target];
  else if (source) [side, span] = ['source', source];
  else if (target) [side, span] = ['target', target];
  // An omission or a document-level finding may point at no words: the mark covers the text it is about.
  else if (finding.side === 'source' && seg.sourceText) [side, span] = ['source', { start: 0, end: seg.sourceText.length }];
  else if (seg.targetText) [side, span] = ['target', { start: 0, end: seg.targetText.length }];
  else throw invalid('The finding points at no words and the segment has no text to mark. Mark the error by hand instead.');
  return { seg, side, span, category: finding.category, severity: finding.severity, message: finding.message };
}

/** Marks an error (or promotes a finding to one); a mark of the same span and category already there is returned, not doubled. */
export async function markError(db: Db, input: { documentId: number; body: MarkErrorInput; who: Who }) {
  const { documentId, body, who } = input;
  let mark: { seg: typeof segments.$inferSelect; side: 'source' | 'target'; span: Span; category: Category; severity: (typeof LQA_SEVERITIES)[number]; note: string | null };
  if ('fromFinding' in body) {
    const found = await fromFinding(db, documentId, body.fromFinding);
    mark = { ...found, severity: body.severity ?? found.severity, note: body.note || found.message };
  } else {
    const seg = await documentSegment(db, documentId, body.segmentId);
    const text = body.side === 'source' ? seg.sourceText : seg.targetText;
    if (body.end > text.length) {
      throw invalid(`The span ends at character ${body.end}, but the ${body.side} text of segment ${seg.position + 1} has ${text.length}. Select the words again.`);
    }
    if (body.text !== undefined && text.slice(body.start, body.end) !== body.text) {
      throw new DomainError('conflict', `The ${body.side} text of segment ${seg.position + 1} changed since you selected “${body.text}”. Select the words again.`);
    }
    mark = { seg, side: body.side, span: { start: body.start, end: body.end }, category: body.category, severity: body.severity, note: body.note || null };
  }
  const words = (mark.side === 'source' ? mark.seg.sourceText : mark.seg.targetText).slice(mark.span.start, mark.span.end);
  return db.transaction(async (tx) => {
    const [existing] = await tx
      .select()
      .from(markedErrors)
      .where(
        and(
          eq(markedErrors.segmentId, mark.seg.id),
          eq(markedErrors.side, mark.side),
          eq(markedErrors.start, mark.span.start),
          eq(markedErrors.end, mark.span.end),
          eq(markedErrors.category, mark.category),
        ),
      );
    if (existing) return { markedError: { ...existing, position: mark.seg.position + 1 }, created: false };
    const [created] = await tx
      .insert(markedErrors)
      .values({
        documentId,
        segmentId: mark.seg.id,
        side: mark.side,
        start: mark.span.start,
        end: mark.span.end,
        text: words,
        category: mark.category,
        severity: mark.severity,
        note: mark.note,
        author: who.name,
      })
      .returning();
    await recordActivity(tx, {
      documentId,
      segmentId: mark.seg.id,
      actor: who.name,
      actorId: who.id,
      action: 'error-marked',
      details: {
        position: mark.seg.position + 1,
        side: mark.side,
        text: words.slice(0, 200),
        category: mark.category,
        severity: mark.severity,
        ...('fromFinding' in body ? { fromFinding: true } : {}),
      },
    });
    return { markedError: { ...created!, position: mark.seg.position + 1 }, created: true };
  });
}

/** Removes a marked error (it was wrong or is resolved); the activity trail keeps that it was there. */
export async function deleteMarkedError(db: Db, input: { documentId: number; errorId: number; who: Who }) {
  await db.transaction(async (tx) => {
    const [deleted] = await tx
      .delete(markedErrors)
      .where(and(eq(markedErrors.id, input.errorId), eq(markedErrors.documentId, input.documentId)))
      .returning();
    if (!deleted) throw notFound('The marked error');
    const [seg] = await tx.select({ position: segments.position }).from(segments).where(eq(segments.id, deleted.segmentId));
    await recordActivity(tx, {
      documentId: input.documentId,
      segmentId: deleted.segmentId,
      actor: input.who.name,
      actorId: input.who.id,
      action: 'error-removed',
      details: {
        ...(seg ? { position: seg.position + 1 } : {}),
        side: deleted.side,
        text: deleted.text.slice(0, 200),
        category: deleted.category,
        severity: deleted.severity,
      },
    });
  });
}

/** The project's LQA settings; stored settings that no longer validate fall back to the defaults. */
export async function getLqaSettings(db: Db, projectId = DEFAULT_PROJECT_ID): Promise<LqaSettings> {
  const [project] = await db.select({ lqaSettings: projects.lqaSettings }).from(projects).where(eq(projects.id, projectId));
  if (!project) throw notFound('The project');
  const parsed = lqaSettingsSchema.safeParse(project.lqaSettings);
  return parsed.success ? parsed.data : DEFAULT_LQA_SETTINGS;
}

export async function updateLqaSettings(db: Db, settings: LqaSettings, projectId = DEFAULT_PROJECT_ID): Promise<LqaSettings> {
  const updated = await db
    .update(projects)
    .set({ lqaSettings: settings as unknown as Record<string, unknown> })
    .where(eq(projects.id, projectId))
    .returning({ id: projects.id });
  if (updated.length === 0) throw notFound('The project');
  return getLqaSettings(db, projectId);
}

export interface DocumentLqa {
  score: LqaScore;
  settings: LqaSettings;
  /** Marked errors counted (every one, whatever its severity). */
  errors: number;
}

/** The document's LQA score: its marked errors against the source word count, with its project's settings. */
export async function documentLqa(db: Db, documentId: number): Promise<DocumentLqa> {
  const [doc] = await db.select({ projectId: documents.projectId, sourceLang: documents.sourceLang }).from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const settings = await getLqaSettings(db, doc.projectId);
  const sources = await db.select({ text: segments.sourceText }).from(segments).where(eq(segments.documentId, documentId));
  const lang = baseLang(doc.sourceLang as SourceLang);
  const wordCount = sources.reduce((sum, s) => sum + countWords(s.text, lang), 0);
  const rows = await db.select({ category: markedErrors.category, severity: markedErrors.severity }).from(markedErrors).where(eq(markedErrors.documentId, documentId));
  // A category the check list no longer has cannot be weighed; such a row would come from an older version.
  const errors = rows.flatMap((r) => (isCategory(r.category) ? [{ category: r.category, severity: r.severity }] : []));
  return { score: lqaScore({ errors, wordCount, settings }), settings, errors: errors.length };
}
