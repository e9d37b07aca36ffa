/**
 * Every TanStack Query key of the client, in one place: a hook and the mutations that invalidate its data use the
 * same key by construction. A key's first element names the resource; a prefix key (e.g. `keys.findings.all`)
 * invalidates the resource for every document.
 */
import type { SpellingLang } from './findings/use-spelling-suggestions';

export const keys = {
  me: ['me'] as const,
  setup: ['setup'] as const,
  users: ['users'] as const,
  config: ['config'] as const,
  checks: ['checks'] as const,
  glossary: ['glossary'] as const,
  glossarySync: ['glossary-sync'] as const,
  documents: ['documents'] as const,
  document: (documentId: number) => ['document', documentId] as const,
  revisions: (segmentId: number | null) => ['revisions', segmentId] as const,
  findings: { all: ['findings'] as const, of: (documentId: number) => ['findings', documentId] as const },
  terms: (documentId: number) => ['terms', documentId] as const,
  reviews: (documentId: number) => ['reviews', documentId] as const,
  changes: (documentId: number) => ['changes', documentId] as const,
  comments: (documentId: number) => ['comments', documentId] as const,
  pulse: (documentId: number) => ['pulse', documentId] as const,
  activity: (documentId: number) => ['activity', documentId] as const,
  stats: { of: (documentId: number) => ['stats', documentId] as const, overall: ['stats', 'all'] as const },
  lqa: { all: ['lqa'] as const, of: (documentId: number) => ['lqa', documentId] as const },
  lqaSettings: ['lqa-settings'] as const,
  markedErrors: (documentId: number) => ['marked-errors', documentId] as const,
  lexicon: (word: string | null, from: string, where?: { segmentId: number; side: string; version: number }) =>
    ['lexicon', word, from, where?.segmentId, where?.side, where?.version] as const,
  alignment: (segmentId: number, version: number) => ['alignment', segmentId, version] as const,
  spellingSuggestions: (lang: SpellingLang, word: string) => ['spelling-suggestions', lang, word] as const,
};
