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

export async function exportDocument(db: Db, id: number, format: ExportFormat) {
  const doc = await getDocument(db, id);
  const parts: ExportSegment[] = doc.segments.map((s) => ({
    paragraphIndex: s.paragraphIndex,
    sentenceIndex: s.sentenceIndex,
    blockType: s.blockType as ExportSegment['blockType'],
    blockLevel: s.blockLevel,
    blockMarker: s.blockMarker,
    // Protected-tag placeholders of imported XLIFF/TMX files mean nothing in plain text or Markdown.
    text: s.targetText.replace(/⟦\/?\d+\/?⟧/g, '').replace(/ {2,}/g, ' ').trim(),
  }));
  const body = format === 'md' ? toMarkdown(parts) : toPlainText(parts);
  return {
    body,
    contentType: CONTENT_TYPE[format],
    fileName: exportFileName(doc.title, doc.targetLang, format),
    untranslated: doc.progress.total - doc.progress.translated,
  };
}
