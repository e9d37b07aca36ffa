'use client';

/** Spelling suggestions for an opened spelling finding, fetched when it is shown (the checks compute none). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';

export type SpellingLang = 'de' | 'en';

export const spellingSuggestionsKey = (lang: SpellingLang, word: string) => ['spelling-suggestions', lang, word] as const;

export function useSpellingSuggestions(lang: SpellingLang, word: string) {
  return useQuery({
    queryKey: spellingSuggestionsKey(lang, word),
    // The dictionaries do not change while the app runs.
    staleTime: Infinity,
    retry: 1,
    queryFn: () =>
      api<{ suggestions: string[] }>(`/api/spelling/suggestions?lang=${lang}&word=${encodeURIComponent(word)}`).then((r) => r.suggestions),
  });
}
