'use client';

/** Spelling suggestions for an opened spelling finding, fetched when it is shown (the checks compute none). */
import { useQuery } from '@tanstack/react-query';
import { api } from '../api';
import { keys } from '../query-keys';

export type SpellingLang = 'de' | 'en';

export function useSpellingSuggestions(lang: SpellingLang, word: string) {
  return useQuery({
    queryKey: keys.spellingSuggestions(lang, word),
    // The dictionaries do not change while the app runs.
    staleTime: Infinity,
    retry: 1,
    queryFn: () =>
      api<{ suggestions: string[] }>(`/api/spelling/suggestions?lang=${lang}&word=${encodeURIComponent(word)}`).then((r) => r.suggestions),
  });
}
