/** Format readers and writers: plain-text and Markdown export, file names, reading uploads. */
export type { ExportSegment } from './blocks';
export { toPlainText } from './txt';
export { toMarkdown, type MarkdownOptions } from './md';
export { exportFileName } from './file-name';
export { readUploadedText, type UploadedText } from './upload';
export { FormatError, type FormatErrorCode } from './errors';
