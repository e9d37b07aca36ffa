/** Interchange with other tools: importing .docx, XLIFF, TMX and parallel texts as documents, exporting documents as files and review reports. */
import { eq } from 'drizzle-orm';
import type { Alignment } from '../align';
import type { Db } from '../db/client';
import { documents, markedErrors, meta, revisions, segments, type SegmentStatus } from '../db/schema';
import { wordDiff, type DiffPart } from '../diff';
import { DomainError, invalid } from '../errors';
import { groupBy } from '../group-by';
import {
  alignParallelTexts,
  contentToText,
  exportFileName,
  FormatError,
  fileOrigin,
  headText,
  withNativeTags,
  placeholder,
  readDocx,
  readUploadedText,
  textToContent,
  toCsv,
  toDocx,
  writeTmx,
  writeXliff12,
  writeXliff20,
  type BilingualFile,
  type BilingualUnit,
  type Content,
  type CsvCell,
  type InlineTag,
  type LqiIssue,
  type TextEncodingName,
} from '../formats';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import { emphasisProblem } from '../markdown';
import { checkFileText } from '../validation';
import { readBilingualResult, runTask } from '../workers';
import { addComment, listComments } from './comments';
import { checkLanguagePair, checkSourceText, completeImport, createDocument, getDocument, type Limits } from './documents';
import { listFindings } from './findings';
import { listReviews, statusCounts } from './workflow';
import { exportSegments } from './export';
import { documentLqa, type DocumentLqa } from './lqa';

// ── Uploads ──────────────────────────────────────────────────────────────────

export interface UploadedFile {
  name: string;
  bytes: Uint8Array;
}

// ── Import ───────────────────────────────────────────────────────────────────

export type ImportKind = 'docx' | 'xliff12' | 'xliff20' | 'tmx' | 'text';

export interface ImportLimits extends Limits {
  maxUploadBytes: number;
}

export interface ImportInput {
  file: UploadedFile;
  /** The translation of `file`, for two parallel texts (.txt, .md or .docx). */
  translationFile?: UploadedFile;
  /** Required for texts; for XLIFF and TMX taken from the file when absent. */
  sourceLang?: SourceLang;
  targetLang?: TargetLang;
  title?: string;
  /** Parallel texts: one target per source segment, after the user checked the alignment. */
  targets?: string[];
  /** What the user says a .txt/.md file is in; without it, such a file must be UTF-8. */
  encoding?: TextEncodingName;
  author: string;
  authorId?: string;
}

export interface SourceSegmentRef {
  block: number;
  sentence: number;
  text: string;
}

type CreatedDocument = Awaited<ReturnType<typeof createDocument>>;

export type ImportResult =
  | { kind: 'document'; document: CreatedDocument; warnings: string[] }
  /** Parallel texts before import: the pairs for the user to check; nothing is stored yet. */
  | { kind: 'alignment'; alignment: Alignment; sourceSegments: SourceSegmentRef[]; format: 'txt' | 'md'; warnings: string[] };

const BILINGUAL_HINT = 'Import a .docx, .xlf/.xliff (XLIFF 1.2 or 2.0), .tmx, or a .txt/.md source with its translation.';

/** What a file is, by its extension and, failing that, by its first bytes. */
export function importKind(file: UploadedFile): ImportKind {
  const ext = /\.([a-z0-9]+)$/i.exec(file.name)?.[1]?.toLowerCase() ?? '';
  const head = headText(file.bytes);
  const xliffVersion = () => /<(?:[\w-]+:)?xliff\b[^>]*?\sversion\s*=\s*["']([^"']*)["']/.exec(head)?.[1] ?? '1.2';
  if (ext === 'docx') return 'docx';
  if (ext === 'xlf' || ext === 'xliff') return xliffVersion().startsWith('2') ? 'xliff20' : 'xliff12';
  if (ext === 'tmx') return 'tmx';
  if (ext === 'txt' || ext === 'md' || ext === 'markdown') return 'text';
  if (file.bytes[0] === 0x50 && file.bytes[1] === 0x4b) return 'docx';
  if (/<(?:[\w-]+:)?xliff\b/.test(head)) return xliffVersion().startsWith('2') ? 'xliff20' : 'xliff12';
  if (/<tmx\b/.test(head)) return 'tmx';
  throw new DomainError('unsupported-type', `"${file.name}" is not a file Lektorat can import. ${BILINGUAL_HINT}`);
}

/** Format errors become domain errors that name the file; everything else passes through. */
export async function reading<T>(file: UploadedFile, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (err) {
    if (!(err instanceof FormatError)) throw err;
    const domain = err.toDomainError();
    throw new DomainError(domain.code, `"${file.name}": ${err.message}`, domain.details);
  }
}

async function readText(file: UploadedFile, limits: ImportLimits, encoding?: TextEncodingName): Promise<{ text: string; format: 'txt' | 'md'; warnings: string[] }> {
  const kind = importKind(file);
  if (kind === 'docx') {
    const docx = await reading(file, () => readDocx(file.bytes, { maxBytes: limits.maxUploadBytes, maxUncompressedBytes: 25 * limits.maxUploadBytes }));
    return { text: docx.text, format: 'md', warnings: docx.warnings };
  }
  if (kind !== 'text') {
    throw new DomainError('unsupported-type', `"${file.name}" is a bilingual file; import it on its own, without a second file. Parallel texts must be .txt, .md or .docx.`);
  }
  const text = await reading(file, () => readUploadedText(file.name, file.bytes, encoding));
  checkFileText(file.name, text.text);
  return { text: text.text, format: text.format, warnings: [] };
}

function requireLanguages(input: ImportInput): { sourceLang: SourceLang; targetLang: TargetLang } {
  if (!input.sourceLang || !input.targetLang) throw invalid('Choose the source and the target language of the text.');
  checkLanguagePair(input.sourceLang, input.targetLang);
  return { sourceLang: input.sourceLang, targetLang: input.targetLang };
}

/**
 * Imports a file as a new document. Everything is read and validated before anything is written, and a
 * document is written in one transaction, so a broken file leaves nothing behind.
 */
export async function importFile(db: Db, input: ImportInput, limits: ImportLimits): Promise<ImportResult> {
  if (input.file.bytes.length === 0) throw invalid(`"${input.file.name}" is empty. Choose the file that contains the text.`);
  if (input.translationFile) return importParallel(db, input, limits);
  const kind = importKind(input.file);
  if (kind === 'docx' || kind === 'text') {
    const languages = requireLanguages(input);
    const source = await readText(input.file, limits, input.encoding);
    const document = await createFromText(db, input, languages, source, { kind: 'none' }, limits);
    return { kind: 'document', document, warnings: source.warnings };
  }
  // Parsing a large file takes seconds of CPU: in the worker pool, so other requests keep being answered.
  const file = await reading(input.file, async () =>
    readBilingualResult(await runTask('readBilingual', { format: kind, bytes: input.file.bytes, maxBytes: limits.maxUploadBytes })),
  );
  const { document, warnings } = await createDocumentFromUnits(db, { ...input, bilingual: file }, limits);
  return { kind: 'document', document, warnings };
}

const stem = (name: string) => name.replace(/\.[^.]+$/, '').trim() || undefined;

/** A document from an uploaded text, titled after the file unless the user gave a title. */
function createFromText(
  db: Db,
  input: ImportInput,
  { sourceLang, targetLang }: ReturnType<typeof requireLanguages>,
  source: Awaited<ReturnType<typeof readText>>,
  translation: Parameters<typeof createDocument>[1]['translation'],
  limits: ImportLimits,
) {
  return createDocument(
    db,
    { title: input.title || stem(input.file.name), sourceLang, targetLang, format: source.format, text: source.text, translation, author: input.author, authorId: input.authorId },
    limits,
  );
}

async function importParallel(db: Db, input: ImportInput, limits: ImportLimits): Promise<ImportResult> {
  const { sourceLang, targetLang } = requireLanguages(input);
  const translationFile = input.translationFile!;
  if (translationFile.bytes.length === 0) throw invalid(`"${translationFile.name}" is empty. Choose the file that contains the translation.`);
  const source = await readText(input.file, limits, input.encoding);
  const target = await readText(translationFile, limits, input.encoding);
  checkSourceText(source.text, limits);
  if (!target.text.trim()) throw invalid(`"${translationFile.name}" contains no text. Choose the file with the translation.`);
  const warnings = [...source.warnings, ...target.warnings];
  if (input.targets) {
    const document = await createFromText(db, input, { sourceLang, targetLang }, source, { kind: 'provided', origin: 'uploaded', targets: input.targets }, limits);
    return { kind: 'document', document, warnings };
  }
  const { sourceBlocks, ...alignment } = alignParallelTexts({ source: source.text, target: target.text, sourceLang, targetLang, format: source.format });
  const sourceSegments = sourceBlocks.flatMap((b) => b.sentences.map((text, sentence) => ({ block: b.index, sentence, text })));
  return { kind: 'alignment', alignment, sourceSegments, format: source.format, warnings };
}

/** The language pair of a bilingual file, checked against the one the user chose. */
/**
 * The document's languages: the ones the user chose win over the file's (translate-toolkit's po2xliff always writes
 * source-language="en-US"), with a warning that says so; without a choice, the file's, if Lektorat reviews that pair.
 */
export function languagesOf(
  file: BilingualFile,
  chosen: { sourceLang?: SourceLang; targetLang?: TargetLang },
): { sourceLang: SourceLang; targetLang: TargetLang; warnings: string[] } {
  const base = (tag: string) => tag.toLowerCase().split(/[-_]/)[0] ?? '';
  const fileSource = base(file.sourceLang);
  const fileTarget = base(file.targetLang);
  const pair = `${file.sourceLang || '?'} → ${file.targetLang || '?'}`;
  if (chosen.sourceLang && chosen.targetLang) {
    checkLanguagePair(chosen.sourceLang, chosen.targetLang);
    const differs = (fileSource && fileSource !== chosen.sourceLang) || (fileTarget && fileTarget !== baseLang(chosen.targetLang));
    const warnings = differs ? [`The file says its languages are ${pair}; your choice, ${chosen.sourceLang} → ${chosen.targetLang}, is used.`] : [];
    return { sourceLang: chosen.sourceLang, targetLang: chosen.targetLang, warnings };
  }
  const ok = (l: string) => l === 'de' || l === 'en';
  if (!ok(fileSource) || !ok(fileTarget) || fileSource === fileTarget) {
    throw invalid(`The file is ${pair}; Lektorat reviews German → English and English → German. Choose the source and target language above (your choice wins over the file's), or export the right pair from your CAT tool.`);
  }
  const targetLang: TargetLang = fileTarget === 'de' ? 'de' : /^en[-_]gb$/i.test(file.targetLang) ? 'en-GB' : 'en-US';
  return { sourceLang: fileSource as SourceLang, targetLang, warnings: [] };
}

/** What a bilingual import keeps to write the file back: the file as read, and which comment each note became. */
interface InterchangeRecord {
  version: 1;
  file: BilingualFile;
  /** Per unit (= segment position): the comment made from each of its notes, or null where the note was empty. */
  noteComments: (number | null)[][];
}

/** Per segment position, the tags its target must keep; only positions with tags. Kept apart from the record so a save reads little. */
type TagTemplates = Record<string, InlineTag[]>;

const recordKey = (documentId: number) => `interchange:${documentId}`;
const tagsKey = (documentId: number) => `interchange-tags:${documentId}`;
/** Positions of the segments whose unit says xml:space="preserve": their whitespace is the translation's. */
const spaceKey = (documentId: number) => `interchange-space:${documentId}`;

/**
 * A target as it is stored: whitespace at the ends is kept where the file declares it significant (a PO entry's
 * final newline, which msgfmt checks), trimmed elsewhere; a blank text is empty either way.
 */
export function significantText(text: string, preserveSpace: boolean): string {
  if (!text.trim()) return '';
  return preserveSpace ? text : text.trim();
}

/** Whether a segment came from a unit whose whitespace is significant (see `significantText`). */
export async function preservesSpace(db: Db, segmentId: number): Promise<boolean> {
  const [seg] = await db.select({ documentId: segments.documentId, position: segments.position }).from(segments).where(eq(segments.id, segmentId));
  if (!seg) return false;
  return (await readMeta<number[]>(db, spaceKey(seg.documentId)))?.includes(seg.position) ?? false;
}

const tagKey = (t: InlineTag) => `${t.kind}:${t.id}`;

/** The tags a unit's translation must contain: the source's, with the target's own markup where it has the same tag. */
export function tagTemplate(unit: Pick<BilingualUnit, 'source' | 'target'>): InlineTag[] {
  const tags = new Map<string, InlineTag>();
  for (const part of unit.source) if (typeof part !== 'string') tags.set(tagKey(part), part);
  for (const part of unit.target ?? []) if (typeof part !== 'string') tags.set(tagKey(part), part);
  return [...tags.values()];
}

const segmentText = (content: Content | null) => (content ? contentToText(content, { tags: 'placeholder' }) : '');

/**
 * Creates a document with one segment per unit of a bilingual file: source and target as text with
 * protected tag placeholders, the unit's state as status, its notes as comment threads.
 */
export async function createDocumentFromUnits(
  db: Db,
  input: Omit<ImportInput, 'file' | 'translationFile' | 'targets'> & { file?: UploadedFile; bilingual: BilingualFile },
  limits: Limits,
) {
  const file = input.bilingual;
  const { sourceLang, targetLang, warnings } = languagesOf(file, input);
  if (file.units.length === 0) throw invalid('The file contains no translation units, so there is nothing to review.');
  const rows = file.units.map((unit, position) => {
    const target = significantText(segmentText(unit.target), unit.preserveSpace);
    const status: SegmentStatus = target ? unit.state : 'untranslated';
    // Outside xml:space="preserve" whitespace at the ends is not the text's (XML lets tools re-indent it): the checks
    // see both sides trimmed alike. The export writes the file's own source, so nothing of it is lost.
    const raw = segmentText(unit.source);
    const source = unit.preserveSpace || !raw.trim() ? raw : raw.trim();
    return { unit, position, source, target, status };
  });
  checkSourceText(rows.map((r) => r.source).join('\n'), limits);
  for (const r of rows) {
    for (const note of r.unit.notes) {
      if (note.text.trim().length > 5_000) {
        throw invalid(`A note of unit "${r.unit.id}" is longer than 5,000 characters. Shorten it in your CAT tool and export the file again.`);
      }
    }
  }
  const templates: TagTemplates = {};
  for (const r of rows) {
    const tags = tagTemplate(r.unit);
    if (tags.length) templates[String(r.position)] = tags;
  }
  const title = input.title?.trim() || file.original?.trim() || (input.file ? stem(input.file.name) : undefined) || 'Imported file';

  return db.transaction(async (tx) => {
    const [doc] = await tx
      .insert(documents)
      .values({
        title: title.length > 200 ? `${title.slice(0, 197)}…` : title,
        sourceLang,
        targetLang,
        sourceFormat: 'txt',
        provenance: 'uploaded',
        provenanceDetail: FORMAT_LABEL[file.format],
        translationState: 'complete',
      })
      .returning();
    if (!doc) throw new Error('insert returned no document');
    const inserted: { id: number; position: number; version: number; targetText: string }[] = [];
    for (let i = 0; i < rows.length; i += 500) {
      const values = rows.slice(i, i + 500).map((r) => ({
        documentId: doc.id,
        position: r.position,
        paragraphIndex: r.position,
        sentenceIndex: 0,
        sourceText: r.source,
        machineText: r.target || null,
        machineOrigin: r.target ? ('uploaded' as const) : null,
        targetText: r.target,
        status: r.status,
        version: r.target ? 1 : 0,
      }));
      inserted.push(
        ...(await tx
          .insert(segments)
          .values(values)
          .returning({ id: segments.id, position: segments.position, version: segments.version, targetText: segments.targetText })),
      );
    }
    inserted.sort((a, b) => a.position - b.position);
    const importRevisions = inserted
      .filter((s) => s.version === 1)
      .map((s) => ({ segmentId: s.id, author: input.author, text: s.targetText, kind: 'import' as const, baseVersion: 0, version: 1 }));
    for (let i = 0; i < importRevisions.length; i += 500) await tx.insert(revisions).values(importRevisions.slice(i, i + 500));
    const noteComments: (number | null)[][] = [];
    for (const r of rows) {
      const seg = inserted[r.position]!;
      const ids: (number | null)[] = [];
      for (const note of r.unit.notes) {
        if (!note.text.trim()) {
          ids.push(null);
          continue;
        }
        const comment = await addComment(tx, { segmentId: seg.id, body: note.text, who: { name: note.from?.trim() || input.author } });
        ids.push(comment.id);
      }
      noteComments.push(ids);
    }
    const record: InterchangeRecord = { version: 1, file, noteComments };
    await tx.insert(meta).values([
      { key: recordKey(doc.id), value: JSON.stringify(record) },
      { key: tagsKey(doc.id), value: JSON.stringify(templates) },
      { key: spaceKey(doc.id), value: JSON.stringify(rows.filter((r) => r.unit.preserveSpace).map((r) => r.position)) },
    ]);
    await completeImport(tx, doc, input, { segments: rows.length, translation: 'uploaded', format: file.format, ...(input.file ? { file: input.file.name } : {}) });
    return { document: doc, warnings };
  });
}

const FORMAT_LABEL: Record<BilingualFile['format'], string> = { xliff12: 'XLIFF 1.2 file', xliff20: 'XLIFF 2.0 file', tmx: 'TMX file' };

async function readMeta<T>(db: Db, key: string): Promise<T | null> {
  const [row] = await db.select().from(meta).where(eq(meta.key, key));
  return row ? (JSON.parse(row.value) as T) : null;
}

// ── Protected tags ───────────────────────────────────────────────────────────

/** Why `text` would break the tags of a unit whose target must keep `template`, or null when it keeps them. */
export function tagProblem(text: string, template: InlineTag[]): string | null {
  try {
    textToContent(text, template);
    return null;
  } catch (err) {
    if (err instanceof FormatError) return err.message;
    throw err;
  }
}

/**
 * Refuses a save that would break the inline tags of a segment imported from XLIFF or TMX (a tag
 * removed, duplicated, invented or out of order), or the bold and italic markers of a Markdown
 * segment. Segments of other documents pass. Call it before writing the revision, with the text as it will be stored.
 */
export async function checkProtectedTags(db: Db, segmentId: number, text: string): Promise<void> {
  const [seg] = await db
    .select({ documentId: segments.documentId, position: segments.position, sourceText: segments.sourceText, format: documents.sourceFormat })
    .from(segments)
    .innerJoin(documents, eq(documents.id, segments.documentId))
    .where(eq(segments.id, segmentId));
  if (!seg) return;
  if (!text.trim()) return;
  if (seg.format === 'md') {
    const emphasis = emphasisProblem(text, seg.sourceText);
    if (emphasis) throw invalid(`${emphasis} The ** and * marks are the bold and italic of the Markdown original.`, { tags: 'broken' });
  }
  const templates = await readMeta<TagTemplates>(db, tagsKey(seg.documentId));
  if (!templates) return;
  const problem = tagProblem(text, templates[String(seg.position)] ?? []);
  if (problem) throw invalid(`${problem} The ⟦…⟧ marks stand for formatting in the original file.`, { tags: 'broken' });
}

// ── Export ───────────────────────────────────────────────────────────────────

export const INTERCHANGE_FORMATS = ['docx', 'json', 'xliff12', 'xliff20', 'tmx', 'report-html', 'report-csv'] as const;
export type InterchangeFormat = (typeof INTERCHANGE_FORMATS)[number];

export interface ExportedFile {
  body: string | Uint8Array;
  contentType: string;
  fileName: string;
  /** Extra response headers, e.g. x-approved-segments. */
  headers: Record<string, string>;
}

type DocumentRow = Awaited<ReturnType<typeof getDocument>>;
type SegmentRow = DocumentRow['segments'][number];

interface ReviewData {
  doc: DocumentRow;
  record: InterchangeRecord | null;
  findings: Map<number, Awaited<ReturnType<typeof listFindings>>[number]['findings']>;
  comments: Awaited<ReturnType<typeof listComments>>;
  approvers: Map<number, string>;
  marks: (typeof markedErrors.$inferSelect)[];
  lqa: DocumentLqa;
}

async function reviewData(db: Db, documentId: number): Promise<ReviewData> {
  const doc = await getDocument(db, documentId);
  const [findings, comments, reviews, marks, record, lqa] = await Promise.all([
    listFindings(db, documentId),
    listComments(db, documentId),
    listReviews(db, doc.segments.map((s) => s.id)),
    db.select().from(markedErrors).where(eq(markedErrors.documentId, documentId)),
    readMeta<InterchangeRecord>(db, recordKey(documentId)),
    documentLqa(db, documentId),
  ]);
  const approvers = new Map<number, string>();
  // Reviews come oldest first, so the last approval wins.
  for (const r of reviews) if (r.action === 'approve') approvers.set(r.segmentId, r.author);
  return { doc, record, findings: new Map(findings.map((f) => [f.segmentId, f.findings])), comments, approvers, marks, lqa };
}

const openFindings = (data: ReviewData, segmentId: number) => (data.findings.get(segmentId) ?? []).filter((f) => !f.dismissed);

/** Export choices: `annotations: false` leaves Lektorat's review findings (ITS quality issues) out of XLIFF. */
export interface InterchangeOptions {
  annotations?: boolean;
}

export async function exportInterchange(db: Db, documentId: number, format: InterchangeFormat, now: Date, options: InterchangeOptions = {}): Promise<ExportedFile> {
  const data = await reviewData(db, documentId);
  const { doc } = data;
  switch (format) {
    case 'docx': {
      const body = await toDocx(exportSegments(doc.segments), { title: doc.title, lang: doc.targetLang, literalText: doc.sourceFormat !== 'md' });
      return { body, contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', fileName: exportFileName(doc.title, doc.targetLang, 'docx'), headers: {} };
    }
    case 'json':
      return {
        body: `${JSON.stringify(jsonExport(data, now), null, 2)}\n`,
        contentType: 'application/json; charset=utf-8',
        fileName: exportFileName(doc.title, doc.targetLang, 'json'),
        headers: {},
      };
    case 'xliff12':
    case 'xliff20': {
      const file = bilingualFile(data, format, options.annotations ?? true);
      return {
        body: format === 'xliff12' ? writeXliff12(file) : writeXliff20(file),
        contentType: 'application/xliff+xml; charset=utf-8',
        fileName: exportFileName(doc.title, doc.targetLang, format === 'xliff12' ? 'xlf' : 'xliff'),
        headers: {},
      };
    }
    case 'tmx': {
      const file = bilingualFile(data, 'tmx', false);
      const approved = file.units.filter((u) => u.state === 'approved' && u.target && u.target.length).length;
      const body = writeTmx({ sourceLang: file.sourceLang, targetLang: file.targetLang, units: file.units, creationDate: now, originalFormat: data.record ? FORMAT_LABEL[data.record.file.format] : 'Lektorat' });
      return {
        body,
        contentType: 'application/x-tmx+xml; charset=utf-8',
        fileName: exportFileName(doc.title, `${doc.sourceLang}-${doc.targetLang}`, 'tmx'),
        headers: { 'x-approved-segments': String(approved) },
      };
    }
    case 'report-html':
      return { body: reportHtml(reviewReport(data), now), contentType: 'text/html; charset=utf-8', fileName: exportFileName(doc.title, 'report', 'html'), headers: {} };
    case 'report-csv':
      return { body: reportCsv(reviewReport(data)), contentType: 'text/csv; charset=utf-8', fileName: exportFileName(doc.title, 'report', 'csv'), headers: {} };
  }
}

/** Segment text without tag placeholders, for formats that have no tags. */

function jsonExport(data: ReviewData, now: Date) {
  const { doc } = data;
  const commentsBySegment = groupBy(data.comments, (c) => c.segmentId);
  const marksBySegment = groupBy(data.marks, (m) => m.segmentId);
  return {
    exportedAt: now.toISOString(),
    document: {
      id: doc.id,
      title: doc.title,
      sourceLang: doc.sourceLang,
      targetLang: doc.targetLang,
      sourceFormat: doc.sourceFormat,
      provenance: doc.provenance,
      createdAt: doc.createdAt.toISOString(),
      updatedAt: doc.updatedAt.toISOString(),
      progress: doc.progress,
    },
    segments: doc.segments.map((s) => ({
      id: s.id,
      position: s.position + 1,
      paragraph: s.paragraphIndex,
      source: s.sourceText,
      machine: s.machineText,
      machineOrigin: s.machineOrigin,
      target: s.targetText,
      status: s.status,
      version: s.version,
      approvedBy: s.status === 'approved' ? (data.approvers.get(s.id) ?? null) : null,
      findings: (data.findings.get(s.id) ?? []).map((f) => ({
        check: f.check,
        category: f.category,
        severity: f.severity,
        side: f.side,
        message: f.message,
        sourceSpans: f.sourceSpans,
        targetSpans: f.targetSpans,
        dismissed: f.dismissed,
      })),
      markedErrors: (marksBySegment.get(s.id) ?? []).map((m) => ({ side: m.side, start: m.start, end: m.end, text: m.text, category: m.category, severity: m.severity, note: m.note, author: m.author })),
      comments: (commentsBySegment.get(s.id) ?? []).map((c) => ({
        author: c.author,
        body: c.body,
        createdAt: c.createdAt.toISOString(),
        resolved: c.resolvedAt !== null,
        replies: c.replies.map((r) => ({ author: r.author, body: r.body, createdAt: r.createdAt.toISOString() })),
      })),
    })),
  };
}


// ── Bilingual export ─────────────────────────────────────────────────────────

/** ITS 2.0 locQualityIssueType for a Lektorat/MQM category. */
const ITS_TYPE: Record<string, string> = {
  mistranslation: 'mistranslation',
  omission: 'omission',
  addition: 'addition',
  untranslated: 'untranslated',
  grammar: 'grammar',
  spelling: 'misspelling',
  punctuation: 'typographical',
  terminology: 'terminology',
  'locale-convention': 'locale-violation',
  style: 'style',
  register: 'register',
  inconsistency: 'inconsistency',
  numbers: 'numbers',
};
const itsType = (category: string) => ITS_TYPE[category.split('/').pop() ?? ''] ?? 'other';
const ITS_SEVERITY: Record<string, number> = { neutral: 0, minor: 30, major: 70, critical: 100 };

/** A placeholder-text offset as an offset in the text without tags (what LQI spans count). */
function strippedOffset(content: Content, offset: number): number {
  let at = 0;
  let stripped = 0;
  for (const part of content) {
    const length = typeof part === 'string' ? part.length : placeholder(part).length;
    if (offset < at + length) return typeof part === 'string' ? stripped + (offset - at) : stripped;
    at += length;
    if (typeof part === 'string') stripped += part.length;
  }
  return stripped;
}

function issue(side: 'source' | 'target', content: Content, type: string, comment: string, severity: number, span?: { start: number; end: number }): LqiIssue | null {
  const length = contentToText(content, { tags: 'strip' }).length;
  if (length === 0) return null;
  if (!span) return { type, comment, severity, side };
  const start = Math.min(strippedOffset(content, span.start), length);
  const end = Math.min(strippedOffset(content, span.end), length);
  return end > start ? { type, comment, severity, side, span: { start, end } } : { type, comment, severity, side };
}

/** "In the source, “Partnerschaaft”: …": a source finding as the comment of an issue written on the target. */
function onSource(sourceText: string, comment: string, spans: { start: number; end: number }[]): string {
  const quoted = spans.map((s) => sourceText.slice(s.start, s.end)).filter((t) => t.trim() !== '');
  return `In the source${quoted.length ? `, ${quoted.map((t) => `“${t}”`).join(', ')}` : ''}: ${comment}`;
}

/**
 * Open findings and marked errors of a segment as ITS quality issues, all on the target: the client's source
 * comes back byte for byte, so a finding on the source is written over the whole target, naming the source words.
 * A segment without a target has nowhere to carry them.
 */
function reviewIssues(data: ReviewData, seg: SegmentRow, target: Content | null): LqiIssue[] {
  if (!target) return [];
  const out: (LqiIssue | null)[] = [];
  for (const f of openFindings(data, seg.id)) {
    const severity = ITS_SEVERITY[f.severity] ?? 50;
    if (f.side === 'source') {
      out.push(issue('target', target, itsType(f.category), onSource(seg.sourceText, f.message, f.sourceSpans), severity));
      continue;
    }
    if (f.targetSpans.length === 0) out.push(issue('target', target, itsType(f.category), f.message, severity));
    for (const span of f.targetSpans) out.push(issue('target', target, itsType(f.category), f.message, severity, span));
  }
  for (const m of data.marks.filter((x) => x.segmentId === seg.id)) {
    const comment = m.note?.trim() ? `${m.note.trim()} (${m.author})` : `Marked by ${m.author}: “${m.text}”`;
    const severity = ITS_SEVERITY[m.severity] ?? 50;
    if (m.side === 'source') out.push(issue('target', target, itsType(m.category), onSource(seg.sourceText, comment, [{ start: m.start, end: m.end }]), severity));
    else out.push(issue('target', target, itsType(m.category), comment, severity, { start: m.start, end: m.end }));
  }
  return out.filter((x): x is LqiIssue => x !== null);
}

const sameIssue = (a: LqiIssue, b: LqiIssue) =>
  a.type === b.type && a.comment === b.comment && a.side === b.side && a.severity === b.severity && a.span?.start === b.span?.start && a.span?.end === b.span?.end;

/** A segment's comments as notes; notes that came from the file and were not changed are written as they were. */
function notesFor(data: ReviewData, seg: SegmentRow, original: BilingualUnit | undefined): BilingualUnit['notes'] {
  const threads = data.comments.filter((c) => c.segmentId === seg.id);
  const all = threads.flatMap((t) => [t, ...t.replies]);
  const byId = new Map(all.map((c) => [c.id, c]));
  const fromFile = data.record?.noteComments[seg.position] ?? [];
  const notes: BilingualUnit['notes'] = [];
  const used = new Set<number>();
  (original?.notes ?? []).forEach((note, i) => {
    const id = fromFile[i];
    if (id === null || id === undefined) {
      notes.push(note);
      return;
    }
    const comment = byId.get(id);
    if (!comment) return;
    used.add(id);
    notes.push(comment.body === note.text.trim() ? note : { from: comment.author, text: comment.body });
  });
  for (const c of all) if (!used.has(c.id)) notes.push({ from: c.author, text: c.body });
  return notes;
}

/** The target of a segment as content, refusing text whose tags were broken (a save before the tag check existed). */
function targetContent(seg: SegmentRow, original: BilingualUnit | undefined): Content | null {
  if (!original) return seg.targetText ? [seg.targetText] : null;
  // Unchanged since import: the file's own content, byte for byte.
  if (seg.targetText === (seg.machineText ?? '')) return original.target;
  if (!seg.targetText) return original.target ? [] : null;
  try {
    return textToContent(seg.targetText, tagTemplate(original));
  } catch (err) {
    if (err instanceof FormatError) {
      throw invalid(`Segment ${seg.position + 1}: ${err.message} Fix the segment in the review screen, then export again.`);
    }
    throw err;
  }
}

function bilingualFile(data: ReviewData, format: BilingualFile['format'], annotations: boolean): BilingualFile {
  const { doc, record } = data;
  const sameFormat = record?.file.format === format;
  const convert = (content: Content): Content => (record && !sameFormat && format !== 'tmx' ? withNativeTags(content, format) : content);
  const units = doc.segments.map((seg): BilingualUnit => {
    const original = record?.file.units[seg.position];
    const source = convert(original ? original.source : seg.sourceText ? [seg.sourceText] : []);
    const read = targetContent(seg, original);
    const target = read && convert(read);
    const generated = annotations ? reviewIssues(data, seg, target) : [];
    // Issues from the file stay, except ones Lektorat wrote itself on an earlier export.
    const kept = (original?.issues ?? []).filter((i) => !generated.some((g) => sameIssue(g, i)));
    const unit: BilingualUnit = {
      id: original?.id ?? String(seg.position + 1),
      source,
      target,
      state: seg.status,
      notes: notesFor(data, seg, original),
      issues: [...kept, ...generated].filter((i) => i.side === 'source' || target !== null),
      preserveSpace: original?.preserveSpace ?? false,
    };
    // DeepL's text is machine translation; otherwise the file's own record of where a target came from, if any.
    const origin = doc.provenance === 'deepl' ? 'mt' : original?.origin;
    if (origin) unit.origin = origin;
    if (original && sameFormat && original.extra !== undefined) unit.extra = original.extra;
    // Another format keeps only which <file> the unit came from (ids are unique per file).
    else if (original && format !== 'tmx') {
      const origin = fileOrigin(original);
      if (origin) unit.extra = origin;
    }
    return unit;
  });
  const file: BilingualFile = {
    format,
    sourceLang: record?.file.sourceLang || doc.sourceLang,
    targetLang: record?.file.targetLang || doc.targetLang,
    units,
  };
  const original = record?.file.original ?? doc.title;
  if (original) file.original = original;
  if (sameFormat && record.file.skeleton !== undefined) file.skeleton = record.file.skeleton;
  return file;
}

// ── Review report ────────────────────────────────────────────────────────────

export interface ReportRow {
  position: number;
  source: string;
  machine: string;
  final: string;
  diff: DiffPart[];
  findings: { category: string; severity: string; message: string }[];
  status: SegmentStatus;
  approver: string | null;
}

export interface ReviewReport {
  title: string;
  sourceLang: string;
  targetLang: string;
  rows: ReportRow[];
  byStatus: Record<SegmentStatus, number>;
  byCategory: Record<string, number>;
  /** Translated segments whose final text differs from the first translation, as a share of translated segments (0–1). */
  editedShare: number;
  edited: number;
  translated: number;
  /** The LQA score of the marked errors. */
  lqa: { perThousandWords: number; threshold: number; pass: boolean; errors: number; wordCount: number };
}

function reviewReport(data: ReviewData): ReviewReport {
  const { doc } = data;
  const rows = doc.segments.map((s): ReportRow => {
    const findings: ReportRow['findings'] = openFindings(data, s.id).map((f) => ({ category: f.category, severity: f.severity, message: f.message }));
    for (const m of data.marks.filter((x) => x.segmentId === s.id)) {
      findings.push({ category: m.category, severity: m.severity, message: m.note?.trim() || `Marked by ${m.author}: “${m.text}”` });
    }
    return {
      position: s.position + 1,
      source: s.sourceText,
      machine: s.machineText ?? '',
      final: s.targetText,
      diff: wordDiff(s.machineText ?? '', s.targetText),
      findings,
      status: s.status,
      approver: s.status === 'approved' ? (data.approvers.get(s.id) ?? null) : null,
    };
  });
  const byCategory: Record<string, number> = {};
  for (const r of rows) for (const f of r.findings) byCategory[f.category] = (byCategory[f.category] ?? 0) + 1;
  const { translated, edited } = doc.progress;
  return {
    title: doc.title,
    sourceLang: doc.sourceLang,
    targetLang: doc.targetLang,
    rows,
    byStatus: statusCounts(doc.segments.map((s) => s.status)).counts,
    byCategory,
    edited,
    translated,
    editedShare: translated ? edited / translated : 0,
    lqa: {
      perThousandWords: data.lqa.score.perThousandWords,
      threshold: data.lqa.settings.passThreshold,
      pass: data.lqa.score.pass,
      errors: data.lqa.errors,
      wordCount: data.lqa.score.wordCount,
    },
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const percent = (share: number) => `${Math.round(share * 1000) / 10} %`;

function diffHtml(parts: DiffPart[]): string {
  return parts.map((p) => (p.kind === 'insert' ? `<ins>${escapeHtml(p.text)}</ins>` : p.kind === 'delete' ? `<del>${escapeHtml(p.text)}</del>` : escapeHtml(p.text))).join('');
}

export function reportHtml(report: ReviewReport, now: Date): string {
  const counts = (record: Record<string, number>) =>
    Object.entries(record)
      .map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${v}</td></tr>`)
      .join('');
  const rows = report.rows
    .map(
      (r) => `<tr>
<td>${r.position}</td>
<td lang="${escapeHtml(report.sourceLang)}">${escapeHtml(r.source)}</td>
<td>${escapeHtml(r.machine)}</td>
<td>${escapeHtml(r.final)}</td>
<td class="diff">${diffHtml(r.diff)}</td>
<td>${r.findings.map((f) => `<div class="${escapeHtml(f.severity)}">${escapeHtml(f.category)} (${escapeHtml(f.severity)}): ${escapeHtml(f.message)}</div>`).join('')}</td>
<td>${escapeHtml(r.status)}</td>
<td>${escapeHtml(r.approver ?? '')}</td>
</tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Review report: ${escapeHtml(report.title)}</title>
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#0f172a}
table{border-collapse:collapse;margin-bottom:1.5rem}
th,td{border:1px solid #cbd5e1;padding:.3rem .5rem;vertical-align:top;text-align:left}
del{background:#fee2e2;color:#991b1b}
ins{background:#dcfce7;color:#166534;text-decoration:none}
.critical{color:#991b1b}.major{color:#9a3412}
</style>
</head>
<body>
<h1>Review report: ${escapeHtml(report.title)}</h1>
<p>${escapeHtml(report.sourceLang)} → ${escapeHtml(report.targetLang)} · exported ${escapeHtml(now.toISOString())}</p>
<h2>Totals</h2>
<table><caption>Segments by status</caption>${counts(report.byStatus)}</table>
<table><caption>Findings by category</caption>${Object.keys(report.byCategory).length ? counts(report.byCategory) : '<tr><td>none</td></tr>'}</table>
<p>Edited: ${report.edited} of ${report.translated} translated segments (${percent(report.editedShare)}).</p>
<p data-lqa>Quality (LQA): ${report.lqa.errors} marked error(s), ${report.lqa.perThousandWords.toFixed(1)} penalty points per 1,000 source words (${report.lqa.wordCount} words); pass threshold ${report.lqa.threshold}: <b>${report.lqa.pass ? 'pass' : 'fail'}</b>.</p>
<h2>Segments</h2>
<table>
<thead><tr><th>#</th><th>Source</th><th>Machine translation</th><th>Final text</th><th>Changes</th><th>Findings</th><th>Status</th><th>Approved by</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}

/** CSV with a byte order mark and CRLF (as spreadsheets expect); the diff as [-deleted-]{+inserted+}. */
export function reportCsv(report: ReviewReport): string {
  const lines: CsvCell[][] = [['segment', 'source', 'machine translation', 'final text', 'changes', 'findings', 'status', 'approved by']];
  for (const r of report.rows) {
    const diff = r.diff.map((p) => (p.kind === 'insert' ? `{+${p.text}+}` : p.kind === 'delete' ? `[-${p.text}-]` : p.text)).join('');
    const findings = r.findings.map((f) => `${f.category} (${f.severity}): ${f.message}`).join(' | ');
    lines.push([r.position, r.source, r.machine, r.final, diff, findings, r.status, r.approver ?? '']);
  }
  lines.push([]);
  lines.push(['total', 'value']);
  for (const [status, n] of Object.entries(report.byStatus)) lines.push([`segments ${status}`, n]);
  for (const [category, n] of Object.entries(report.byCategory)) lines.push([`findings ${category}`, n]);
  lines.push(['edited segments', report.edited], ['translated segments', report.translated], ['edited share', percent(report.editedShare)]);
  lines.push(['LQA marked errors', report.lqa.errors], ['LQA points per 1000 words', report.lqa.perThousandWords.toFixed(1)], ['LQA pass threshold', report.lqa.threshold], ['LQA result', report.lqa.pass ? 'pass' : 'fail']);
  return toCsv(lines, { bom: true });
}
