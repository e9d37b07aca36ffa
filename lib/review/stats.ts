/**
 * Post-editing statistics from the database: segment histories (segments + revisions + findings
 * fixed) fed to lib/stats, per document and per translator across documents.
 */
import { asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/client';
import { documents, revisions, segments } from '../db/schema';
import { checkSegment, type CheckContext, type CheckSettings, type Finding } from '../checks';
import { notFound } from '../errors';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import {
  documentStats,
  mineCorrections,
  statsCsv,
  translatorStats,
  type CorrectionProposal,
  type PostEditStats,
  type SegmentHistory,
  type TranslatorStats,
} from '../stats';
import { checkContextFor } from './findings';

type DocumentRow = typeof documents.$inferSelect;

export interface ParagraphStats {
  /** Counted from 1, as people count. */
  paragraph: number;
  segments: number;
  edited: number;
  wordEditRate: number | null;
}

export interface DocumentStatistics {
  document: { id: number; title: string; sourceLang: string; targetLang: string };
  stats: PostEditStats;
  translators: TranslatorStats[];
  paragraphs: ParagraphStats[];
  proposals: CorrectionProposal[];
}

export interface LanguagePairProposals {
  sourceLang: string;
  targetLang: string;
  proposals: CorrectionProposal[];
}

export interface OverallStatistics {
  stats: PostEditStats;
  translators: TranslatorStats[];
  documents: { id: number; title: string; stats: PostEditStats }[];
  proposals: LanguagePairProposals[];
}

/** A finding named by what it says about which words, so it can be matched across two versions of a text. */
function findingKey(f: Finding, source: string, target: string): string {
  const words = (spans: Finding['sourceSpans'], text: string) => spans.map((s) => text.slice(s.start, s.end)).join('|');
  return [f.check, f.category, words(f.sourceSpans, source), words(f.targetSpans, target)].join('\u0000');
}

/**
 * Findings fixed in a segment: the per-segment check findings its first translation had that its
 * current text no longer has, both checked now with the project's current glossary and settings.
 * No finding history is stored, so this recomputes instead; it leaves out the document-level checks
 * (consistency) and the on-demand ones (round trip, second opinion, LLM), and a finding dismissed as
 * a false positive still counts as fixed once the words it was about are gone.
 */
export function findingsFixed(seg: { id: number; paragraph: number; source: string; machine: string | null; final: string }, ctx: CheckContext, settings: CheckSettings): number {
  if (seg.machine === null || seg.machine === seg.final) return 0;
  const before = checkSegment({ id: seg.id, paragraph: seg.paragraph, source: seg.source, target: seg.machine }, ctx, settings);
  const remaining = new Map<string, number>();
  for (const f of checkSegment({ id: seg.id, paragraph: seg.paragraph, source: seg.source, target: seg.final }, ctx, settings)) {
    const key = findingKey(f, seg.source, seg.final);
    remaining.set(key, (remaining.get(key) ?? 0) + 1);
  }
  let fixed = 0;
  for (const f of before) {
    const key = findingKey(f, seg.source, seg.machine);
    const left = remaining.get(key) ?? 0;
    if (left > 0) remaining.set(key, left - 1);
    else fixed++;
  }
  return fixed;
}

interface DocumentHistories {
  doc: DocumentRow;
  histories: SegmentHistory[];
  /** Paragraph index per segment id. */
  paragraphOf: Map<number, number>;
}

/**
 * The history of every segment of the documents. `machine` is the segment's first translation
 * (DeepL, pasted, uploaded or the bundled sample): the text post-editing is measured against.
 */
async function loadHistories(db: Db, docs: DocumentRow[]): Promise<DocumentHistories[]> {
  const out: DocumentHistories[] = [];
  for (const doc of docs) {
    const segs = await db.select().from(segments).where(eq(segments.documentId, doc.id)).orderBy(asc(segments.position));
    const ids = segs.map((s) => s.id);
    const revs = ids.length ? await db.select().from(revisions).where(inArray(revisions.segmentId, ids)).orderBy(asc(revisions.segmentId), asc(revisions.version)) : [];
    const bySegment = new Map<number, typeof revs>();
    for (const r of revs) {
      let list = bySegment.get(r.segmentId);
      if (!list) bySegment.set(r.segmentId, (list = []));
      list.push(r);
    }
    const needsChecks = segs.some((s) => s.machineText !== null && s.machineText !== s.targetText);
    const checks = needsChecks ? await checkContextFor(db, doc.id) : null;
    out.push({
      doc,
      paragraphOf: new Map(segs.map((s) => [s.id, s.paragraphIndex])),
      histories: segs.map((s) => ({
        segmentId: s.id,
        source: s.sourceText,
        machine: s.machineText,
        final: s.targetText,
        revisions: (bySegment.get(s.id) ?? []).map((r) => ({ author: r.author, kind: r.kind, text: r.text, createdAt: r.createdAt.toISOString() })),
        findingsFixed: checks
          ? findingsFixed({ id: s.id, paragraph: s.paragraphIndex, source: s.sourceText, machine: s.machineText, final: s.targetText }, checks.ctx, checks.settings)
          : 0,
      })),
    });
  }
  return out;
}

function paragraphStats({ histories, paragraphOf }: DocumentHistories): ParagraphStats[] {
  const groups = new Map<number, SegmentHistory[]>();
  for (const h of histories) {
    const p = paragraphOf.get(h.segmentId) ?? 0;
    let list = groups.get(p);
    if (!list) groups.set(p, (list = []));
    list.push(h);
  }
  return [...groups]
    .sort(([a], [b]) => a - b)
    .map(([p, group]) => {
      const stats = documentStats(group);
      return { paragraph: p + 1, segments: stats.segments, edited: stats.edited, wordEditRate: stats.wordEditRate };
    });
}

const pairOf = (doc: DocumentRow) => ({ sourceLang: doc.sourceLang as SourceLang, targetLang: doc.targetLang as TargetLang });

/** Post-editing figures of one document, its translators, per paragraph, and recurring corrections as glossary proposals. */
export async function documentStatistics(db: Db, documentId: number): Promise<DocumentStatistics> {
  const [doc] = await db.select().from(documents).where(eq(documents.id, documentId));
  if (!doc) throw notFound('The document');
  const [loaded] = await loadHistories(db, [doc]);
  const histories = loaded?.histories ?? [];
  return {
    document: { id: doc.id, title: doc.title, sourceLang: doc.sourceLang, targetLang: doc.targetLang },
    stats: documentStats(histories),
    translators: translatorStats(histories),
    paragraphs: loaded ? paragraphStats(loaded) : [],
    proposals: mineCorrections(histories, pairOf(doc)),
  };
}

/** Figures over every document: per translator, per document, and proposals per language pair. */
export async function overallStatistics(db: Db): Promise<OverallStatistics> {
  const docs = await db.select().from(documents).orderBy(asc(documents.id));
  const loaded = await loadHistories(db, docs);
  const all = loaded.flatMap((l) => l.histories);
  // Corrections only compare within a language pair (en-US and en-GB count as one target: English).
  const pairs = new Map<string, { sourceLang: SourceLang; targetLang: TargetLang; histories: SegmentHistory[] }>();
  for (const l of loaded) {
    const { sourceLang, targetLang } = pairOf(l.doc);
    const key = `${baseLang(sourceLang)}→${baseLang(targetLang)}`;
    let pair = pairs.get(key);
    if (!pair) pairs.set(key, (pair = { sourceLang, targetLang, histories: [] }));
    pair.histories.push(...l.histories);
  }
  return {
    stats: documentStats(all),
    translators: translatorStats(all),
    documents: loaded.map((l) => ({ id: l.doc.id, title: l.doc.title, stats: documentStats(l.histories) })),
    proposals: [...pairs.values()]
      .map((p) => ({ sourceLang: baseLang(p.sourceLang), targetLang: baseLang(p.targetLang), proposals: mineCorrections(p.histories, p) }))
      .filter((p) => p.proposals.length > 0),
  };
}

/** The document row, then one row per translator; CRLF lines with a BOM, for spreadsheets. */
export function documentStatisticsCsv(s: DocumentStatistics): string {
  return statsCsv(
    [{ label: `document: ${s.document.title}`, stats: s.stats }, ...s.translators.map((t) => ({ label: `translator: ${t.author}`, stats: t.stats }))],
    'scope',
    { bom: true },
  );
}

/** One row per translator over every document; with a BOM, for spreadsheets. */
export function overallStatisticsCsv(s: OverallStatistics): string {
  return statsCsv(s.translators.map((t) => ({ label: t.author, stats: t.stats })), 'translator', { bom: true });
}
