/**
 * The translation memory's database side: units kept in step with reviewed segments, fuzzy matches (candidates by
 * their rarest shared words, scored word by word in lib/tm), concordance search (pg_trgm index), TMX import. (lib/mt/memory.ts is the MT engine's
 * answer cache, a different table with a different purpose: see tm_units in lib/db/schema.ts.)
 */
import { createHash } from 'node:crypto';
import { and, between, desc, eq, ilike, inArray, isNull, ne, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../db/client';
import { documents, segments, tmUnits, tmWords, type TmState } from '../db/schema';
import { type DiffPart } from '../diff';
import { contentToText, type BilingualFile } from '../formats';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import { MIN_SCORE, matchScore, probeWords, scoredWords, sourceDiff, tmStateOf, wordCountRange, type ConcordanceSide, type MatchScore } from '../tm';
import { DomainError, invalid, notFound } from '../errors';
import { readBilingualResult, runTask } from '../workers';
import { recordActivity } from './activity';
import { importKind, languagesOf, reading, type UploadedFile } from './interchange';

type SegmentRow = typeof segments.$inferSelect;

/** Sources are compared by the hash their index holds (tm_units_source_md5); Postgres md5() hashes the UTF-8 bytes too. */
const sourceHash = sql`md5(${tmUnits.sourceText})`;
const md5 = (text: string) => createHash('md5').update(text, 'utf8').digest('hex');

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
    wordCount: scoredWords(segment.sourceText).length,
    updatedAt: now,
  };
  const [unit] = await tx.insert(tmUnits).values(values).onConflictDoUpdate({ target: tmUnits.segmentId, set: values }).returning({ id: tmUnits.id });
  await tx.delete(tmWords).where(eq(tmWords.unitId, unit!.id));
  await insertWords(tx, [{ id: unit!.id, sourceText: segment.sourceText }]);
}

/** The distinct scored words of each unit's source into tm_words, in statements of a few thousand rows. */
async function insertWords(tx: Tx, units: { id: number; sourceText: string }[]): Promise<void> {
  const rows = units.flatMap((u) => [...new Set(scoredWords(u.sourceText))].map((word) => ({ word, unitId: u.id })));
  for (let i = 0; i < rows.length; i += 5000) await tx.insert(tmWords).values(rows.slice(i, i + 5000)).onConflictDoNothing();
}

/** Puts the words of units that have none yet (the migration's backfill) into tm_words; run at start. Returns how many. */
export async function indexPendingTmUnits(db: Db): Promise<number> {
  let done = 0;
  for (;;) {
    const pending = await db.select({ id: tmUnits.id, sourceText: tmUnits.sourceText }).from(tmUnits).where(isNull(tmUnits.wordCount)).limit(1000);
    if (pending.length === 0) return done;
    await db.transaction(async (tx) => {
      await insertWords(tx, pending);
      for (const u of pending) await tx.update(tmUnits).set({ wordCount: scoredWords(u.sourceText).length }).where(eq(tmUnits.id, u.id));
    });
    done += pending.length;
  }
}

/** Every approved or person-changed segment of a new document (an imported XLIFF can bring approved pairs). */
export async function addDocumentToTm(tx: Tx, documentId: number): Promise<void> {
  const segs = await tx
    .select()
    .from(segments)
    .where(and(eq(segments.documentId, documentId), inArray(segments.status, ['approved', 'edited', 'submitted'])));
  for (const seg of segs) if (tmStateOf(seg)) await syncTmUnit(tx, seg);
}

/**
 * The memory's translation of each source it holds word for word (approved or imported pairs, not unreviewed edits):
 * the approved one first, then the newest. Keyed by the trimmed source.
 */
export async function exactMatches(
  tx: Tx,
  input: { sources: string[]; sourceLang: SourceLang; targetLang: TargetLang },
): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  const sources = [...new Set(input.sources.map((s) => s.trim()).filter(Boolean))];
  for (let i = 0; i < sources.length; i += 500) {
    const rows = await tx
      .select({ sourceText: tmUnits.sourceText, targetText: tmUnits.targetText })
      .from(tmUnits)
      .where(
        and(
          eq(tmUnits.sourceLang, baseLang(input.sourceLang)),
          eq(tmUnits.targetLang, baseLang(input.targetLang)),
          inArray(tmUnits.state, ['approved', 'imported']),
          inArray(sourceHash, sources.slice(i, i + 500).map(md5)),
        ),
      )
      .orderBy(sql`case ${tmUnits.state} when 'approved' then 0 else 1 end`, desc(tmUnits.updatedAt), desc(tmUnits.id));
    for (const r of rows) if (!found.has(r.sourceText)) found.set(r.sourceText, r.targetText);
  }
  return found;
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
            inArray(sourceHash, batch.map((p) => md5(p.source))),
          ),
        );
      const held = new Set(existing.map(keyOf));
      const fresh = batch.filter((p) => !held.has(keyOf(p)));
      if (fresh.length === 0) continue;
      const units = await tx
        .insert(tmUnits)
        .values(
          fresh.map((p) => ({
            sourceLang,
            targetLang,
            sourceText: p.source,
            targetText: p.target,
            state: 'imported' as const,
            origin: input.origin,
            wordCount: scoredWords(p.source).length,
          })),
        )
        .returning({ id: tmUnits.id, sourceText: tmUnits.sourceText });
      await insertWords(tx, units);
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

/** A fuzzy match: a stored pair (as a concordance hit shows it) with its score and the source diff. */
export interface TmMatch extends ConcordanceHit {
  score: number;
  penalties: MatchScore['penalties'];
  /** From the stored source to the segment's source. */
  diff: DiffPart[];
}

/** What a match or a concordance hit shows of a unit. */
const UNIT_SHOWN = {
  id: tmUnits.id,
  sourceText: tmUnits.sourceText,
  targetText: tmUnits.targetText,
  state: tmUnits.state,
  origin: tmUnits.origin,
  documentId: tmUnits.documentId,
  updatedAt: tmUnits.updatedAt,
};

/** At most this many candidates (those sharing the most probe words) are scored word by word. */
const CANDIDATES = 200;
export const MAX_MATCHES = 3;
/** Word frequencies are counted up to this: enough to tell rare words from common ones, cheap for the common. */
const FREQUENCY_CAP = 100;
const STATE_RANK: Record<TmState, number> = { approved: 0, edited: 1, imported: 2 };

/** How many stored sources hold each word, counted up to FREQUENCY_CAP. */
async function wordFrequencies(db: Db, words: string[]): Promise<Map<string, number>> {
  const list = sql.join(
    words.map((w) => sql`(${w})`),
    sql`, `,
  );
  // Both drivers (PGlite, node-postgres) answer execute() with { rows }; the shared Db type does not say so.
  const result = (await db.execute(
    sql`select v.word, (select count(*)::int from (select 1 from ${tmWords} t where t.word = v.word limit ${FREQUENCY_CAP}) c) as n from (values ${list}) as v(word)`,
  )) as unknown as { rows: { word: string; n: number }[] };
  return new Map(result.rows.map((r) => [r.word, Number(r.n)]));
}

/** The best matches (>= 70 %) for a source text in a language pair, leaving out the unit of `excludeSegmentId`. */
export async function lookUpMatches(
  db: Db,
  input: { sourceText: string; sourceLang: SourceLang; targetLang: TargetLang; excludeSegmentId?: number; limit?: number },
): Promise<TmMatch[]> {
  const text = input.sourceText.trim();
  const words = scoredWords(text);
  if (words.length === 0) return [];
  const probe = probeWords(words, await wordFrequencies(db, [...new Set(words)]));
  const range = wordCountRange(words.length);
  // Only units holding one of the probe words and of a fitting length can reach 70 % (lib/tm candidates); those
  // holding the most probe words first. (Ranking them by pg_trgm similarity() instead cost ~50 µs a row in PGlite.)
  const shared = db
    .select({ unitId: tmWords.unitId, n: sql<number>`count(*)`.as('n') })
    .from(tmWords)
    .where(inArray(tmWords.word, probe))
    .groupBy(tmWords.unitId)
    .as('shared');
  const rows = await db
    .select(UNIT_SHOWN)
    .from(shared)
    .innerJoin(tmUnits, eq(tmUnits.id, shared.unitId))
    .where(
      and(
        between(tmUnits.wordCount, range.min, range.max),
        eq(tmUnits.sourceLang, baseLang(input.sourceLang)),
        eq(tmUnits.targetLang, baseLang(input.targetLang)),
        input.excludeSegmentId === undefined ? undefined : or(isNull(tmUnits.segmentId), ne(tmUnits.segmentId, input.excludeSegmentId)),
      ),
    )
    .orderBy(desc(shared.n), sql`abs(${tmUnits.wordCount} - ${words.length})`)
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
    .select(UNIT_SHOWN)
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
