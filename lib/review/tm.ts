/**
 * The translation memory's database side: units kept in step with reviewed segments, fuzzy matches by pg_trgm
 * similarity rescored word by word (lib/tm), concordance search, TMX import. (lib/mt/memory.ts is the MT engine's
 * answer cache, a different table with a different purpose: see tm_units in lib/db/schema.ts.)
 */
import { and, desc, eq, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { documents, segments, tmUnits, type TmState } from '../db/schema';
import { type DiffPart } from '../diff';
import { contentToText, type BilingualFile } from '../formats';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import { MIN_SCORE, matchScore, sourceDiff, tmStateOf, type MatchScore } from '../tm';
import { DomainError, invalid, notFound } from '../errors';
import { readBilingualResult, runTask } from '../workers';
import { recordActivity } from './activity';
import { importKind, languagesOf, reading, type UploadedFile } from './interchange';

type SegmentRow = typeof segments.$inferSelect;

/** Puts the segment's pair into the memory, updates it, or takes it out, as its status now says; in the change's transaction. */
export async function syncTmUnit(tx: Tx, segment: SegmentRow): Promise<void> {
  const state = tmStateOf(segment);
  if (!state) {
    await tx.delete(tmUnits).where(eq(tmUnits.segmentId, segment.id));
    return;
  }
  const [doc] = await tx
    .select({ title: documents.title, sourceLang: documents.sourceLang, targetLang: documents.targetLang })
    .from(documents)
    .where(eq(documents.id, segment.documentId));
  if (!doc) return;
  const now = new Date();
  const values = {
    sourceLang: baseLang(doc.sourceLang as SourceLang),
    targetLang: baseLang(doc.targetLang as TargetLang),
    sourceText: segment.sourceText,
    targetText: segment.targetText,
    state,
    segmentId: segment.id,
    documentId: segment.documentId,
    origin: doc.title,
    updatedAt: now,
  };
  await tx.insert(tmUnits).values(values).onConflictDoUpdate({ target: tmUnits.segmentId, set: values });
}

/** Every approved or person-changed segment of a new document (an imported XLIFF can bring approved pairs). */
export async function addDocumentToTm(tx: Tx, documentId: number): Promise<void> {
  const segs = await tx
    .select()
    .from(segments)
    .where(and(eq(segments.documentId, documentId), inArray(segments.status, ['approved', 'edited', 'submitted'])));
  for (const seg of segs) if (tmStateOf(seg)) await syncTmUnit(tx, seg);
}

export interface TmPair {
  source: string;
  target: string;
}

/**
 * Adds imported pairs (origin: the file's name); a pair the memory already holds as imported is not added twice.
 * Returns how many were added and how many were already there.
 */
export async function addImportedPairs(
  db: Db,
  input: { sourceLang: SourceLang; targetLang: TargetLang; origin: string; pairs: TmPair[] },
): Promise<{ added: number; skipped: number }> {
  const sourceLang = baseLang(input.sourceLang);
  const targetLang = baseLang(input.targetLang);
  const seen = new Set<string>();
  const unique = input.pairs
    .map((p) => ({ source: p.source.trim(), target: p.target.trim() }))
    .filter((p) => p.source && p.target && !seen.has(keyOf(p)) && seen.add(keyOf(p)));
  let added = 0;
  await db.transaction(async (tx) => {
    for (let i = 0; i < unique.length; i += 500) {
      const batch = unique.slice(i, i + 500);
      const existing = await tx
        .select({ source: tmUnits.sourceText, target: tmUnits.targetText })
        .from(tmUnits)
        .where(
          and(
            isNull(tmUnits.segmentId),
            eq(tmUnits.sourceLang, sourceLang),
            eq(tmUnits.targetLang, targetLang),
            inArray(tmUnits.sourceText, batch.map((p) => p.source)),
          ),
        );
      const held = new Set(existing.map(keyOf));
      const fresh = batch.filter((p) => !held.has(keyOf(p)));
      if (fresh.length === 0) continue;
      await tx.insert(tmUnits).values(
        fresh.map((p) => ({ sourceLang, targetLang, sourceText: p.source, targetText: p.target, state: 'imported' as const, origin: input.origin })),
      );
      added += fresh.length;
    }
  });
  return { added, skipped: input.pairs.length - added };
}

const keyOf = (p: TmPair) => `${p.source}\u0000${p.target}`;

/** The translated units of a TMX file as pairs, with inline tags as the placeholders segments use. */
export function tmxPairs(file: BilingualFile): TmPair[] {
  return file.units
    .filter((u) => u.target && u.target.length > 0)
    .map((u) => ({ source: contentToText(u.source, { tags: 'placeholder' }), target: contentToText(u.target!, { tags: 'placeholder' }) }));
}

export interface TmMatch {
  id: number;
  score: number;
  penalties: MatchScore['penalties'];
  sourceText: string;
  targetText: string;
  state: TmState;
  origin: string;
  documentId: number | null;
  updatedAt: string;
  /** From the stored source to the segment's source. */
  diff: DiffPart[];
}

/** How many trigram candidates are rescored word by word: enough that the best three by words are among them. */
const CANDIDATES = 30;
export const MAX_MATCHES = 3;
const STATE_RANK: Record<TmState, number> = { approved: 0, edited: 1, imported: 2 };

/** The best matches (>= 70 %) for a source text in a language pair, leaving out the unit of `excludeSegmentId`. */
export async function lookUpMatches(
  db: Db,
  input: { sourceText: string; sourceLang: SourceLang; targetLang: TargetLang; excludeSegmentId?: number; limit?: number },
): Promise<TmMatch[]> {
  const text = input.sourceText.trim();
  if (!text) return [];
  const similarity = sql<number>`similarity(${tmUnits.sourceText}, ${text})`;
  const rows = await db
    .select({
      id: tmUnits.id,
      sourceText: tmUnits.sourceText,
      targetText: tmUnits.targetText,
      state: tmUnits.state,
      origin: tmUnits.origin,
      documentId: tmUnits.documentId,
      updatedAt: tmUnits.updatedAt,
    })
    .from(tmUnits)
    .where(
      and(
        eq(tmUnits.sourceLang, baseLang(input.sourceLang)),
        eq(tmUnits.targetLang, baseLang(input.targetLang)),
        // `%` is the indexed form of similarity() >= pg_trgm.similarity_threshold (0.3), well below any 70 % match.
        sql`${tmUnits.sourceText} % ${text}`,
        input.excludeSegmentId === undefined ? undefined : or(isNull(tmUnits.segmentId), ne(tmUnits.segmentId, input.excludeSegmentId)),
      ),
    )
    .orderBy(desc(similarity))
    .limit(CANDIDATES);
  return rankMatches(text, rows).slice(0, input.limit ?? MAX_MATCHES);
}

/** Scores candidates word by word, keeps those >= 70 %, one per distinct pair (approved before edited before imported, then newest). */
export function rankMatches(
  text: string,
  rows: { id: number; sourceText: string; targetText: string; state: TmState; origin: string; documentId: number | null; updatedAt: Date }[],
): TmMatch[] {
  const scored = rows
    .map((r) => ({ row: r, ...matchScore(r.sourceText, text) }))
    .filter((m) => m.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score || STATE_RANK[a.row.state] - STATE_RANK[b.row.state] || b.row.updatedAt.getTime() - a.row.updatedAt.getTime());
  const seen = new Set<string>();
  const out: TmMatch[] = [];
  for (const m of scored) {
    const key = keyOf({ source: m.row.sourceText, target: m.row.targetText });
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ ...m.row, score: m.score, penalties: m.penalties, updatedAt: m.row.updatedAt.toISOString(), diff: sourceDiff(m.row.sourceText, text) });
  }
  return out;
}

/** Fuzzy matches for one segment, from every document's reviewed pairs and imported memories (not its own pair). */
export async function segmentMatches(db: Db, segmentId: number): Promise<TmMatch[]> {
  const [row] = await db
    .select({ sourceText: segments.sourceText, sourceLang: documents.sourceLang, targetLang: documents.targetLang })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(eq(segments.id, segmentId));
  if (!row) throw notFound('The segment');
  return lookUpMatches(db, {
    sourceText: row.sourceText,
    sourceLang: row.sourceLang as SourceLang,
    targetLang: row.targetLang as TargetLang,
    excludeSegmentId: segmentId,
  });
}

export const CONCORDANCE_SIDES = ['source', 'target', 'both'] as const;
export type ConcordanceSide = (typeof CONCORDANCE_SIDES)[number];

export interface ConcordanceHit {
  id: number;
  sourceText: string;
  targetText: string;
  state: TmState;
  origin: string;
  documentId: number | null;
  updatedAt: string;
}

/** Pairs whose source, target or either contains `q` (case-insensitive), approved first, then newest; in the document's language pair. */
export async function concordance(db: Db, input: { documentId: number; q: string; side: ConcordanceSide; limit: number }): Promise<ConcordanceHit[]> {
  const [doc] = await db.select({ sourceLang: documents.sourceLang, targetLang: documents.targetLang }).from(documents).where(eq(documents.id, input.documentId));
  if (!doc) throw notFound('The document');
  // LIKE's wildcards in the user's text are literal characters.
  const pattern = `%${input.q.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const inSource = ilike(tmUnits.sourceText, pattern);
  const inTarget = ilike(tmUnits.targetText, pattern);
  const rows = await db
    .select({
      id: tmUnits.id,
      sourceText: tmUnits.sourceText,
      targetText: tmUnits.targetText,
      state: tmUnits.state,
      origin: tmUnits.origin,
      documentId: tmUnits.documentId,
      updatedAt: tmUnits.updatedAt,
    })
    .from(tmUnits)
    .where(
      and(
        eq(tmUnits.sourceLang, baseLang(doc.sourceLang as SourceLang)),
        eq(tmUnits.targetLang, baseLang(doc.targetLang as TargetLang)),
        input.side === 'source' ? inSource : input.side === 'target' ? inTarget : or(inSource, inTarget),
      ),
    )
    .orderBy(sql`case ${tmUnits.state} when 'approved' then 0 when 'edited' then 1 else 2 end`, desc(tmUnits.updatedAt), desc(tmUnits.id))
    .limit(input.limit);
  return rows.map((r) => ({ ...r, updatedAt: r.updatedAt.toISOString() }));
}

/** Feeds a TMX file's translated pairs into the memory (no document is made); the file's name is their origin. */
export async function importTmIntoMemory(
  db: Db,
  input: { file: UploadedFile; sourceLang?: SourceLang; targetLang?: TargetLang; maxBytes: number; who: { name: string; id?: string } },
): Promise<{ added: number; skipped: number; sourceLang: SourceLang; targetLang: TargetLang }> {
  if (input.file.bytes.length === 0) throw invalid(`"${input.file.name}" is empty. Choose the TMX file exported from your CAT tool.`);
  if (importKind(input.file) !== 'tmx') throw new DomainError('unsupported-type', `"${input.file.name}" is not a TMX file. Export the memory from your CAT tool as .tmx.`);
  // Parsing a large memory takes seconds of CPU: in the worker pool, as document imports do.
  const file = await reading(input.file, async () =>
    readBilingualResult(await runTask('readBilingual', { format: 'tmx', bytes: input.file.bytes, maxBytes: input.maxBytes })),
  );
  const langs = languagesOf(file, { sourceLang: input.sourceLang, targetLang: input.targetLang });
  const pairs = tmxPairs(file);
  if (pairs.length === 0) throw invalid(`"${input.file.name}" holds no translated pair in ${langs.sourceLang} → ${langs.targetLang}.`);
  const result = await addImportedPairs(db, { ...langs, origin: input.file.name, pairs });
  await db.transaction((tx) =>
    recordActivity(tx, { actor: input.who.name, actorId: input.who.id, action: 'tm-import', details: { file: input.file.name, ...result } }),
  );
  return { ...result, ...langs };
}
