/** Format readers and writers: plain-text and Markdown export, file names, reading uploads. */
export type { ExportSegment } from './blocks';
export { toPlainText } from './txt';
export { toMarkdown, type MarkdownOptions } from './md';
export { exportFileName } from './file-name';
export { toCsv, type CsvCell } from './csv';
export { headText } from './encoding';
export { readUploadedText, textEncodingSchema, type TextEncodingName, type UploadedText } from './upload';
export { FormatError, type FormatErrorCode } from './errors';
export { readDocx, type DocxText } from './docx';
export { toDocx, type DocxOptions } from './docx-export';
export { type ZipLimits } from './zip-guard';
export { alignParallelTexts, type ParallelAlignment, type ParallelTexts } from './parallel';
export {
  readGlossaryCsv,
  writeGlossaryCsv,
  readTbx,
  writeTbx,
  type GlossaryRow,
  type TbxGlossary,
  type TbxLanguages,
} from './glossary-io';
export {
  type BilingualFile,
  type BilingualUnit,
  type Content,
  type InlineTag,
  type LektoratState,
  type LqiIssue,
  type TagProblem,
  LEKTORAT_STATES,
  contentToText,
  fileOrigin,
  placeholder,
  tagsMatch,
  textToContent,
  withNativeTags,
} from './bilingual';
export { readXliff12, writeXliff12 } from './xliff12';
export { readXliff20, writeXliff20 } from './xliff20';
export { readTmx, writeTmx, type TmxOptions } from './tmx';
export { type BilingualErrorCode } from './xml/errors';
export { type XmlLimits } from './xml/safe';
