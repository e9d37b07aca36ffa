/** Export of the corrected target text with the source's paragraph structure. */
import type { Db } from '../db/client';
import { exportFileName, toMarkdown, toPlainText, type ExportSegment } from '../formats';
import { getDocument } from './documents';

export const EXPORT_FORMATS = ['txt', 'md'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const CONTENT_TYPE: Record<ExportFormat, string> = {
  txt: 'text/plain; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
};

/** Protected-tag placeholders (⟦1⟧ … ⟦/1⟧) of imported XLIFF/TMX files mean nothing in a text export. */
export function withoutPlaceholders(text: string): string {
  return text.replace(/⟦\/?[^⟦⟧\s/]+\/?⟧/g, '').replace(/ {2,}/g, ' ').trim();
}

/** The segments as the text writers (txt, md, docx) take them: block structure kept, placeholders removed. */
export function exportSegments(segs: { paragraphIndex: number; sentenceIndex: number; blockType: string; blockLevel: number; blockMarker: string; targetText: string }[]): ExportSegment[] {
  return segs.map((s) => ({
    paragraphIndex: s.paragraphIndex,
    sentenceIndex: s.sentenceIndex,
    blockType: s.blockType as ExportSegment['blockType'],
    blockLevel: s.blockLevel,
    blockMarker: s.blockMarker,
    text: withoutPlaceholders(s.targetText),
  }));
}

export async function exportDocument(db: Db, id: number, format: ExportFormat) {
  const doc = await getDocument(db, id);
  const parts = exportSegments(doc.segments);
  const body = format === 'md' ? toMarkdown(parts) : toPlainText(parts);
  return {
    body,
    contentType: CONTENT_TYPE[format],
    fileName: exportFileName(doc.title, doc.targetLang, format),
    untranslated: doc.progress.total - doc.progress.translated,
  };
}
