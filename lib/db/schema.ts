/** The one Postgres schema: documents, segments, revisions, translation memory. */
import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';

/** The creation and change times every table keeps, with time zone. */
const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const updatedAt = () => timestamp('updated_at', { withTimezone: true }).notNull().defaultNow();

/** Where a document's translation came from; shown to the user, never guessed. */
export const PROVENANCES = ['deepl', 'uploaded', 'pasted', 'bundled-sample', 'none'] as const;
export type Provenance = (typeof PROVENANCES)[number];

/** Where a segment's machine/base translation came from; 'tm': an exact match of the translation memory (tm_units). */
export const ORIGINS = ['deepl', 'uploaded', 'pasted', 'bundled-sample', 'tm'] as const;
export type Origin = (typeof ORIGINS)[number];

export const TRANSLATION_STATES = ['none', 'translating', 'complete', 'failed'] as const;
export type TranslationState = (typeof TRANSLATION_STATES)[number];

/**
 * machine → edited → submitted → approved | rejected → (fixed or rebutted) submitted → approved;
 * editing an approved segment reopens it (edited).
 */
export const SEGMENT_STATUSES = ['untranslated', 'machine', 'edited', 'submitted', 'approved', 'rejected'] as const;
export type SegmentStatus = (typeof SEGMENT_STATUSES)[number];

export const REVISION_KINDS = ['machine', 'edit', 'import', 'revert'] as const;
export type RevisionKind = (typeof REVISION_KINDS)[number];

/** A project holds documents, their glossary and the check settings (one default project to start with). */
export const projects = pgTable('projects', {
  id: serial('id').primaryKey(),
  name: text('name').notNull(),
  /** Per check id: on/off and an optional severity override (lib/checks CheckSettings). */
  /** LQA: severity and category weights and the pass threshold (lib/lqa LqaSettings). */
  lqaSettings: jsonb('lqa_settings').$type<Record<string, unknown>>().notNull().default({}),
  checkSettings: jsonb('check_settings').$type<Record<string, { enabled: boolean; severity?: 'minor' | 'major' | 'critical' }>>().notNull().default({}),
  createdAt: createdAt(),
});

export const DEFAULT_PROJECT_ID = 1;

export const documents = pgTable('documents', {
  id: serial('id').primaryKey(),
  projectId: integer('project_id')
    .notNull()
    .default(DEFAULT_PROJECT_ID)
    .references(() => projects.id),
  title: text('title').notNull(),
  sourceLang: text('source_lang').notNull(),
  targetLang: text('target_lang').notNull(),
  /** 'txt' or 'md': how the source was written, and so how exports are shaped. */
  sourceFormat: text('source_format').notNull().default('txt'),
  provenance: text('provenance').$type<Provenance>().notNull().default('none'),
  /** Free text for the provenance label, e.g. the DeepL model type used. */
  provenanceDetail: text('provenance_detail'),
  translationState: text('translation_state').$type<TranslationState>().notNull().default('none'),
  /** The last engine error, kept so a half-translated document can be resumed. */
  translationError: jsonb('translation_error').$type<{ code: string; message: string } | null>(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const segments = pgTable(
  'segments',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** Global order in the document. */
    position: integer('position').notNull(),
    paragraphIndex: integer('paragraph_index').notNull(),
    sentenceIndex: integer('sentence_index').notNull(),
    /** Block structure of the paragraph this sentence belongs to (see lib/segment Block). */
    blockType: text('block_type').notNull().default('paragraph'),
    blockLevel: integer('block_level').notNull().default(0),
    blockMarker: text('block_marker').notNull().default(''),
    sourceText: text('source_text').notNull(),
    /** The first translation the segment got (machine or imported); null until translated. */
    machineText: text('machine_text'),
    machineOrigin: text('machine_origin').$type<Origin>(),
    /** The current translation. */
    targetText: text('target_text').notNull().default(''),
    status: text('status').$type<SegmentStatus>().notNull().default('untranslated'),
    /** Bumped on every save; a save must name the version it was based on. */
    version: integer('version').notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('segments_document_position').on(t.documentId, t.position),
  ],
);

export const revisions = pgTable(
  'revisions',
  {
    id: serial('id').primaryKey(),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    author: text('author').notNull(),
    text: text('text').notNull(),
    kind: text('kind').$type<RevisionKind>().notNull(),
    /** The segment version this revision was based on, and the version it produced. */
    baseVersion: integer('base_version').notNull(),
    version: integer('version').notNull(),
    /** For kind 'revert': the revision whose text was restored. */
    revertedFrom: integer('reverted_from'),
    createdAt: createdAt(),
  },
  (t) => [index('revisions_segment').on(t.segmentId, t.version)],
);

/** Translation memory: one engine answer per source sentence and settings, never requested twice. */
export const translationMemory = pgTable(
  'translation_memory',
  {
    id: serial('id').primaryKey(),
    /** sha256 of engine, languages, options and source text. */
    key: text('key').notNull(),
    engine: text('engine').notNull(),
    sourceLang: text('source_lang').notNull(),
    targetLang: text('target_lang').notNull(),
    sourceText: text('source_text').notNull(),
    targetText: text('target_text').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (t) => [uniqueIndex('translation_memory_key').on(t.key)],
);

/**
 * The reviewers' translation memory: pairs approved in any document (and, marked 'edited', pairs a person changed but
 * nobody approved yet), plus pairs imported from TMX files; offered as fuzzy matches and searched by concordance.
 * Not the table above: translation_memory caches an MT engine's answers (keyed by engine and options) so a sentence is
 * never sent twice; tm_units holds human work and is shown to people with its score, state and origin.
 */
export const TM_STATES = ['approved', 'edited', 'imported'] as const;
export type TmState = (typeof TM_STATES)[number];

export const tmUnits = pgTable(
  'tm_units',
  {
    id: serial('id').primaryKey(),
    /** Base languages ('de', 'en'): a pair reviewed for en-GB serves an en-US document too. */
    sourceLang: text('source_lang').notNull(),
    targetLang: text('target_lang').notNull(),
    sourceText: text('source_text').notNull(),
    targetText: text('target_text').notNull(),
    state: text('state').$type<TmState>().notNull(),
    /** The segment the pair is kept in step with; null for imported pairs. One unit per segment. */
    segmentId: integer('segment_id').references(() => segments.id, { onDelete: 'cascade' }),
    documentId: integer('document_id').references(() => documents.id, { onDelete: 'cascade' }),
    /** What the user is shown as the origin: the document's title or the TMX file's name. */
    origin: text('origin').notNull(),
    /** How many words the match score compares (lib/tm scoredWords); null until the unit's words are in tm_words. */
    wordCount: integer('word_count'),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('tm_units_segment').on(t.segmentId),
    index('tm_units_pending').on(t.id).where(sql`${t.wordCount} is null`),
    // Exact look-ups (pre-fill on import, duplicates of a TMX import): by a hash, as sources can be long.
    index('tm_units_source_md5').on(sql`md5(${t.sourceText})`),
    // pg_trgm indexes concordance search (ILIKE) on both sides. Without fastupdate: nothing vacuums PGlite, and
    // GIN's pending list, scanned by every search, would grow with every insert.
    index('tm_units_source_trgm').using('gin', sql`${t.sourceText} gin_trgm_ops`).with({ fastupdate: 'off' }),
    index('tm_units_target_trgm').using('gin', sql`${t.targetText} gin_trgm_ops`).with({ fastupdate: 'off' }),
  ],
);

/**
 * The distinct scored words of each unit's source: the fuzzy look-up asks for the units holding the query's rarest
 * words (lib/tm probeWords). Measured faster than pg_trgm's similarity index on long sentences (scripts/bench-tm.ts).
 */
export const tmWords = pgTable(
  'tm_words',
  {
    word: text('word').notNull(),
    unitId: integer('unit_id')
      .notNull()
      .references(() => tmUnits.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.word, t.unitId] }), index('tm_words_unit').on(t.unitId)],
);

/** Small key/value facts about this installation, e.g. that the sample was seeded once. */
export const meta = pgTable('meta', {
  key: text('key').primaryKey(),
  value: text('value').notNull(),
});

/** Project term list: a source term, the rendering it requires, and renderings that must not be used. */
export const glossaryEntries = pgTable(
  'glossary_entries',
  {
    id: serial('id').primaryKey(),
    projectId: integer('project_id')
      .notNull()
      .references(() => projects.id, { onDelete: 'cascade' }),
    sourceTerm: text('source_term').notNull(),
    targetTerm: text('target_term').notNull(),
    forbidden: jsonb('forbidden').$type<string[]>().notNull().default([]),
    note: text('note'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('glossary_project_term').on(t.projectId, t.sourceTerm)],
);

export interface ExtraFindings {
  check: string;
  forSource: string;
  forTarget: string;
  findings: unknown[];
}

/** The current findings of each segment, recomputed on import and after every save. */
export const segmentFindings = pgTable(
  'segment_findings',
  {
    segmentId: integer('segment_id')
      .primaryKey()
      .references(() => segments.id, { onDelete: 'cascade' }),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    /** Finding[] with a fingerprint each (lib/checks). */
    findings: jsonb('findings').$type<unknown[]>().notNull(),
    risk: integer('risk').notNull().default(0),
    /**
     * Findings of on-demand checks (DeepL round trip, second opinion, LLM), each kept with the texts it was
     * computed for: they count only while the segment still has exactly those texts.
     */
    extra: jsonb('extra').$type<ExtraFindings[]>().notNull().default([]),
    checkedAt: timestamp('checked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('segment_findings_document').on(t.documentId)],
);

/** A reviewer's "false positive": holds while the finding's fingerprint (check + unchanged text) is the same. */
export const findingDismissals = pgTable(
  'finding_dismissals',
  {
    id: serial('id').primaryKey(),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    fingerprint: text('fingerprint').notNull(),
    check: text('check').notNull(),
    message: text('message').notNull(),
    dismissedBy: text('dismissed_by').notNull(),
    dismissedAt: timestamp('dismissed_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when the dismissal was undone; the row stays as history. */
    restoredBy: text('restored_by'),
    restoredAt: timestamp('restored_at', { withTimezone: true }),
  },
  (t) => [index('finding_dismissals_segment').on(t.segmentId, t.fingerprint)],
);

// ——— Accounts (Better Auth's tables; field names are Better Auth's, columns snake_case) ———

export const ROLES = ['viewer', 'translator', 'editor', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export const authUser = pgTable('auth_user', {
  id: text('id').primaryKey(),
  name: text('name').notNull(),
  email: text('email').notNull().unique(),
  emailVerified: boolean('email_verified').notNull().default(false),
  image: text('image'),
  role: text('role').$type<Role>().notNull().default('viewer'),
  // Better Auth's admin plugin: a deactivated ("banned") account cannot sign in until an admin reactivates it.
  banned: boolean('banned').notNull().default(false),
  banReason: text('ban_reason'),
  banExpires: timestamp('ban_expires', { withTimezone: true }),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const authSession = pgTable('auth_session', {
  id: text('id').primaryKey(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  token: text('token').notNull().unique(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
  ipAddress: text('ip_address'),
  userAgent: text('user_agent'),
  // The admin plugin's field; Lektorat does not offer impersonation, so it stays empty.
  impersonatedBy: text('impersonated_by'),
  userId: text('user_id')
    .notNull()
    .references(() => authUser.id, { onDelete: 'cascade' }),
});

export const authAccount = pgTable('auth_account', {
  id: text('id').primaryKey(),
  accountId: text('account_id').notNull(),
  providerId: text('provider_id').notNull(),
  userId: text('user_id')
    .notNull()
    .references(() => authUser.id, { onDelete: 'cascade' }),
  accessToken: text('access_token'),
  refreshToken: text('refresh_token'),
  idToken: text('id_token'),
  accessTokenExpiresAt: timestamp('access_token_expires_at', { withTimezone: true }),
  refreshTokenExpiresAt: timestamp('refresh_token_expires_at', { withTimezone: true }),
  scope: text('scope'),
  password: text('password'),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

export const authVerification = pgTable('auth_verification', {
  id: text('id').primaryKey(),
  identifier: text('identifier').notNull(),
  value: text('value').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  createdAt: createdAt(),
  updatedAt: updatedAt(),
});

/** Attempts counted by the rate limits (sign-in per address and per account, Better Auth's other endpoints), shared by every app server. */
export const authRateLimit = pgTable('auth_rate_limit', {
  key: text('key').primaryKey(),
  count: integer('count').notNull(),
  /** When the key's current window began, in ms since 1970, by the database's clock so that servers agree. */
  windowStart: bigint('window_start', { mode: 'number' }).notNull(),
});

// ——— Review workflow ———

export const REVIEW_ACTIONS = ['submit', 'approve', 'reject', 'rebut', 'reopen'] as const;
export type ReviewAction = (typeof REVIEW_ACTIONS)[number];

/** Submissions, approvals, rejections (with reason), rebuttals (with reply) and reopenings of a segment. */
export const segmentReviews = pgTable(
  'segment_reviews',
  {
    id: serial('id').primaryKey(),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    action: text('action').$type<ReviewAction>().notNull(),
    /** The segment version the action was about. */
    version: integer('version').notNull(),
    author: text('author').notNull(),
    authorId: text('author_id'),
    comment: text('comment'),
    createdAt: createdAt(),
  },
  (t) => [index('segment_reviews_segment').on(t.segmentId, t.createdAt)],
);

/** Comment threads per segment: a root comment (threadId null) and its replies; a thread can be resolved. */
export const comments = pgTable(
  'comments',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    threadId: integer('thread_id'),
    author: text('author').notNull(),
    authorId: text('author_id'),
    body: text('body').notNull(),
    resolvedAt: timestamp('resolved_at', { withTimezone: true }),
    resolvedBy: text('resolved_by'),
    createdAt: createdAt(),
  },
  (t) => [index('comments_document').on(t.documentId)],
);

/** LQA: an error an editor marked on a span, with an MQM category and severity. */
export const markedErrors = pgTable(
  'marked_errors',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    segmentId: integer('segment_id')
      .notNull()
      .references(() => segments.id, { onDelete: 'cascade' }),
    side: text('side').$type<'source' | 'target'>().notNull(),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    /** The marked words, kept so the mark still says what it was about after edits. */
    text: text('text').notNull(),
    category: text('category').notNull(),
    severity: text('severity').$type<'neutral' | 'minor' | 'major' | 'critical'>().notNull(),
    note: text('note'),
    author: text('author').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('marked_errors_document').on(t.documentId)],
);

/** The audit trail: append-only, nothing in the app updates or deletes a row. */
export const activity = pgTable(
  'activity',
  {
    id: serial('id').primaryKey(),
    documentId: integer('document_id'),
    segmentId: integer('segment_id'),
    actor: text('actor').notNull(),
    actorId: text('actor_id'),
    action: text('action').notNull(),
    details: jsonb('details').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [index('activity_document').on(t.documentId, t.createdAt)],
);
