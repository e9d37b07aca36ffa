/** Findings of the checks, stored per segment: recomputed on import and after saves, dismissable as false positives. */
import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { documents, findingDismissals, glossaryEntries, projects, segmentFindings, segments } from '../db/schema';
import { notFound } from '../errors';
import { recordActivity } from './activity';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import {
  CHECKS,
  checkDocumentLevel,
  checkSegment,
  fingerprint,
  scoreFindings,
  segmentRisk,
  type CheckContext,
  type CheckSettings,
  type Finding,
  type ScoredFinding,
  type SegmentInput,
} from '../checks';
import { runTask } from '../workers';

export type StoredFinding = Finding & { fingerprint: string };

export interface SegmentFindings {
  segmentId: number;
  /** 0–1: the chance the segment holds an error, from its open findings' probabilities (lib/checks/risk). */
  risk: number;
  findings: ScoredFinding<StoredFinding & { dismissed: { by: string; at: string } | null }>[];
}

type SegmentRow = typeof segments.$inferSelect;

const toInput = (s: SegmentRow): SegmentInput => ({ id: s.id, paragraph: s.paragraphIndex, source: s.sourceText, target: s.targetText });

/** The check context of a document: its languages and its project's glossary and settings. */
export async function checkContextFor(db: Db, documentId: number): Promise<{ ctx: CheckContext; settings: CheckSettings }> {
  const [doc] = await db
    .select({ sourceLang: documents.sourceLang, targetLang: documents.targetLang, projectId: documents.projectId, settings: projects.checkSettings })
    .from(documents)
    .innerJoin(projects, eq(projects.id, documents.projectId))
    .where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const glossary = await db.select().from(glossaryEntries).where(eq(glossaryEntries.projectId, doc.projectId));
  return {
    ctx: {
      sourceLang: baseLang(doc.sourceLang as SourceLang),
      targetLang: baseLang(doc.targetLang as TargetLang),
      glossary: glossary.map((g) => ({ source: g.sourceTerm, target: g.targetTerm, forbidden: g.forbidden, note: g.note ?? undefined })),
    },
    settings: doc.settings,
  };
}

/** Findings as stored for a segment, with their fingerprints: the state a save's re-check compares against. */
export function storedFindings(findings: Finding[], seg: SegmentInput): StoredFinding[] {
  return findings.map((f) => ({ ...f, fingerprint: fingerprint(f, seg) }));
}

/** The risk as the integer column holds it: per mille. Listing recomputes it with the current model and dismissals. */
const storedRisk = (findings: Finding[], seg: SegmentInput, ctx: CheckContext) => {
  const risk = { ...seg, sourceLang: ctx.sourceLang, targetLang: ctx.targetLang };
  return Math.round(1000 * segmentRisk(scoreFindings(findings, risk), risk));
};

async function writeFindings(tx: Tx, documentId: number, ctx: CheckContext, rows: { seg: SegmentInput; findings: Finding[] }[]) {
  const now = new Date();
  for (let i = 0; i < rows.length; i += 200) {
    const values = rows.slice(i, i + 200).map(({ seg, findings }) => ({
      segmentId: seg.id,
      documentId,
      findings: storedFindings(findings, seg),
      risk: storedRisk(findings, seg, ctx),
      checkedAt: now,
    }));
    await tx
      .insert(segmentFindings)
      .values(values)
      .onConflictDoUpdate({
        target: segmentFindings.segmentId,
        set: { findings: sqlExcluded('findings'), risk: sqlExcluded('risk'), checkedAt: now },
      });
  }
}

function sqlExcluded(column: string) {
  return sql.raw(`excluded.${column}`);
}

/**
 * Runs every check over the whole document and stores the results, in the transaction of the change that
 * made them due (an import, a translation, new settings): the stored findings always match the stored texts.
 */
export async function recheckDocument(tx: Tx, documentId: number): Promise<void> {
  const { ctx, settings } = await checkContextFor(tx, documentId);
  const segs = (await tx.select().from(segments).where(eq(segments.documentId, documentId)).orderBy(asc(segments.position))).map(toInput);
  // The one computation: pure, values in and out; what it returns is stored below.
  const all = await runTask('checkDocument', { segments: segs, ctx, settings });
  await writeFindings(
    tx,
    documentId,
    ctx,
    segs.map((seg) => ({ seg, findings: all.get(seg.id) ?? [] })),
  );
}

/** Re-runs the checks of every document in the project, in the transaction that changed its settings or glossary. */
export async function recheckProject(tx: Tx, projectId: number): Promise<void> {
  const docs = await tx.select({ id: documents.id }).from(documents).where(eq(documents.projectId, projectId));
  for (const d of docs) await recheckDocument(tx, d.id);
}

/**
 * After one segment changed: its own checks run again, and the document-level checks (consistency)
 * run over the document; other segments are rewritten only where their document-level findings changed.
 * Runs in the save's transaction, so the findings commit with the revision.
 */
export async function recheckAfterSave(tx: Tx, segmentId: number): Promise<void> {
  const [changed] = await tx.select().from(segments).where(eq(segments.id, segmentId));
  if (!changed) return;
  const { ctx, settings } = await checkContextFor(tx, changed.documentId);
  const segs = (await tx.select().from(segments).where(eq(segments.documentId, changed.documentId)).orderBy(asc(segments.position))).map(toInput);
  const previous = await tx.select().from(segmentFindings).where(eq(segmentFindings.documentId, changed.documentId));
  const prevById = new Map(previous.map((p) => [p.segmentId, p.findings as StoredFinding[]]));
  await writeFindings(tx, changed.documentId, ctx, findingsAfterSave(segs, segmentId, prevById, ctx, settings));
}

/**
 * The computation of a save's re-check, values in and out (timed alone by `npm run bench`): the rows to
 * rewrite, the saved segment with all its findings and each other segment whose document-level findings changed.
 */
export function findingsAfterSave(
  segs: SegmentInput[],
  segmentId: number,
  prevById: ReadonlyMap<number, StoredFinding[]>,
  ctx: CheckContext,
  settings?: CheckSettings,
): { seg: SegmentInput; findings: Finding[] }[] {
  const docLevel = checkDocumentLevel(segs, ctx, settings);
  const docLevelIds = new Set(CHECKS.filter((c) => c.run.kind === 'document').map((c) => c.id));
  const rows: { seg: SegmentInput; findings: Finding[] }[] = [];
  for (const seg of segs) {
    const fromDoc = docLevel.get(seg.id) ?? [];
    if (seg.id === segmentId) {
      rows.push({ seg, findings: [...checkSegment(seg, ctx, settings), ...fromDoc] });
      continue;
    }
    const prev = prevById.get(seg.id) ?? [];
    const isDocLevel = (f: Finding) => docLevelIds.has(f.check);
    const kept = prev.filter((f) => !isDocLevel(f));
    const prevDoc = prev.filter(isDocLevel).map((f) => f.fingerprint).sort().join();
    const nextDoc = storedFindings(fromDoc, seg).map((f) => f.fingerprint).sort().join();
    if (prevDoc !== nextDoc || !prevById.has(seg.id)) rows.push({ seg, findings: [...kept.map(stripFingerprint), ...fromDoc] });
  }
  return rows;
}

function stripFingerprint(f: StoredFinding): Finding {
  const { fingerprint: _fp, ...rest } = f;
  return rest;
}

/**
 * Findings of a document per segment, each marked with its active dismissal if any and scored with the probability
 * that it marks a real error; the segment's risk counts the findings not dismissed.
 */
export async function listFindings(db: Db, documentId: number): Promise<SegmentFindings[]> {
  const [doc] = await db.select({ sourceLang: documents.sourceLang, targetLang: documents.targetLang }).from(documents).where(eq(documents.id, documentId));
  if (!doc) return [];
  const langs = { sourceLang: baseLang(doc.sourceLang as SourceLang), targetLang: baseLang(doc.targetLang as TargetLang) };
  const rows = await db
    .select({ segmentId: segmentFindings.segmentId, findings: segmentFindings.findings, extra: segmentFindings.extra, source: segments.sourceText, target: segments.targetText })
    .from(segmentFindings)
    .innerJoin(segments, eq(segments.id, segmentFindings.segmentId))
    .where(eq(segmentFindings.documentId, documentId));
  const ids = rows.map((r) => r.segmentId);
  const dismissals = ids.length
    ? await db
        .select()
        .from(findingDismissals)
        .where(and(inArray(findingDismissals.segmentId, ids), isNull(findingDismissals.restoredAt)))
    : [];
  const dismissed = new Map(dismissals.map((d) => [`${d.segmentId}:${d.fingerprint}`, { by: d.dismissedBy, at: d.dismissedAt.toISOString() }]));
  return rows.map((r) => {
    // On-demand results count only while the segment has the texts they were computed for.
    const extra = r.extra.filter((e) => e.forSource === r.source && e.forTarget === r.target).flatMap((e) => e.findings as StoredFinding[]);
    const all = [...(r.findings as StoredFinding[]), ...extra].map((f) => ({ ...f, dismissed: dismissed.get(`${r.segmentId}:${f.fingerprint}`) ?? null }));
    // Scored among all of the segment's findings, dismissed ones included: a dismissal changes the risk, not the others' odds.
    const segment = { source: r.source, target: r.target, ...langs };
    const findings = scoreFindings(all, segment);
    return { segmentId: r.segmentId, risk: segmentRisk(findings.filter((f) => !f.dismissed), segment), findings };
  });
}

/** Marks a finding as a false positive; it stays dismissed while the segment's text is unchanged. */
export async function dismissFinding(db: Db, input: { segmentId: number; fingerprint: string; author: string }) {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(segmentFindings).where(eq(segmentFindings.segmentId, input.segmentId));
    const candidates = row ? [...(row.findings as StoredFinding[]), ...row.extra.flatMap((e) => e.findings as StoredFinding[])] : [];
    const finding = candidates.find((f) => f.fingerprint === input.fingerprint);
    if (!finding) throw notFound('The finding');
    const [active] = await tx
      .select()
      .from(findingDismissals)
      .where(and(eq(findingDismissals.segmentId, input.segmentId), eq(findingDismissals.fingerprint, input.fingerprint), isNull(findingDismissals.restoredAt)));
    if (active) return active;
    const [created] = await tx
      .insert(findingDismissals)
      .values({ segmentId: input.segmentId, fingerprint: input.fingerprint, check: finding.check, message: finding.message, dismissedBy: input.author })
      .returning();
    await recordActivity(tx, { documentId: row!.documentId, segmentId: input.segmentId, actor: input.author, action: 'finding-dismissed', details: { check: finding.check, message: finding.message } });
    return created!;
  });
}

/** Undoes a dismissal; the dismissal row stays as history. */
export async function restoreFinding(db: Db, input: { segmentId: number; fingerprint: string; author: string }) {
  await db.transaction(async (tx) => {
    const restored = await tx
      .update(findingDismissals)
      .set({ restoredAt: new Date(), restoredBy: input.author })
      .where(and(eq(findingDismissals.segmentId, input.segmentId), eq(findingDismissals.fingerprint, input.fingerprint), isNull(findingDismissals.restoredAt)))
      .returning();
    if (restored.length === 0) throw notFound('The dismissal');
    const [row] = await tx.select({ documentId: segmentFindings.documentId }).from(segmentFindings).where(eq(segmentFindings.segmentId, input.segmentId));
    await recordActivity(tx, { documentId: row?.documentId, segmentId: input.segmentId, actor: input.author, action: 'finding-restored', details: { check: restored[0]!.check } });
  });
}
