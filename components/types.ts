/** Shapes of the API's JSON answers as the client sees them. */
import type { DiffPart } from '@/lib/diff';

export type SegmentStatus = 'untranslated' | 'machine' | 'edited' | 'submitted' | 'approved' | 'rejected';

export interface Progress {
  total: number;
  translated: number;
  edited: number;
  byStatus: Record<SegmentStatus, number>;
  approved: boolean;
}

export interface DocumentSummary {
  id: number;
  title: string;
  sourceLang: string;
  targetLang: string;
  sourceFormat: string;
  provenance: 'deepl' | 'uploaded' | 'pasted' | 'bundled-sample' | 'none';
  provenanceDetail: string | null;
  translationState: 'none' | 'translating' | 'complete' | 'failed';
  translationError: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
  progress: Progress;
}

export interface Segment {
  id: number;
  documentId: number;
  position: number;
  paragraphIndex: number;
  sentenceIndex: number;
  blockType: 'paragraph' | 'heading' | 'list-item' | 'quote';
  blockLevel: number;
  blockMarker: string;
  sourceText: string;
  machineText: string | null;
  machineOrigin: 'deepl' | 'uploaded' | 'pasted' | 'bundled-sample' | 'tm' | null;
  targetText: string;
  status: SegmentStatus;
  version: number;
  updatedAt: string;
}

export interface DocumentDetail extends DocumentSummary {
  segments: Segment[];
}

export interface Revision {
  id: number;
  segmentId: number;
  author: string;
  text: string;
  kind: 'machine' | 'edit' | 'import' | 'revert';
  baseVersion: number;
  version: number;
  revertedFrom: number | null;
  createdAt: string;
  diff: DiffPart[];
}

export interface ConflictDetails {
  current: { text: string; version: number; author: string | null; savedAt: string };
}

export interface AppConfig {
  machineTranslation: { available: boolean; label: string | null };
  llm: { available: boolean };
  limits: { maxSourceChars: number; maxUploadBytes: number };
}

/** Labels that say honestly where a translation came from. */
export const PROVENANCE_LABEL: Record<DocumentSummary['provenance'], string> = {
  deepl: 'DeepL machine translation',
  uploaded: 'uploaded translation',
  pasted: 'pasted translation',
  'bundled-sample': 'bundled sample translation',
  none: 'not translated yet',
};

export const ORIGIN_LABEL: Record<NonNullable<Segment['machineOrigin']>, string> = {
  deepl: 'DeepL',
  uploaded: 'uploaded',
  pasted: 'pasted',
  'bundled-sample': 'sample',
  tm: 'TM 100 %',
};
