/** Interchange with other tools: importing .docx, XLIFF, TMX and parallel texts as documents, exporting documents as files and review reports. */
import { and, eq, inArray } from 'drizzle-orm';
import { z } from 'zod';
import { alignmentHeader, type Alignment } from './interchange-types';
import type { Db } from '../db/client';
import { documents, markedErrors, meta, revisions, segments, type SegmentStatus } from '../db/schema';
import { wordDiff, type DiffPart } from '../diff';
import { DomainError, invalid, notFound } from '../errors';
import {
  alignParallelTexts,
  contentToText,
  exportFileName,
  FormatError,
  placeholder,
  readDocx,
  readTmx,
  readUploadedText,
  readXliff12,
  readXliff20,
  textToContent,
  toDocx,
  writeTmx,
  writeXliff12,
  writeXliff20,
  type BilingualFile,
  type BilingualUnit,
  type Content,
  type ExportSegment,
  type InlineTag,
  type LqiIssue,
} from '../formats';
import { baseLang, isSupportedPair, type SourceLang, type TargetLang } from '../lang';
import { recordActivity } from './activity';
import { addComment, listComments } from './comments';
import { checkLanguagePair, checkSourceText, createDocument, getDocument, type Limits } from './documents';
import { listFindings, recheckDocument } from './findings';
import { listReviews, statusCounts } from './workflow';
