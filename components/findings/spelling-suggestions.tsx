'use client';

/** The suggestions of an opened spelling finding: one-click replacements in the translation, plain text in the source. */
import { Button } from '../ui/button';
import { useSpellingSuggestions, type SpellingLang } from './use-spelling-suggestions';

/** At most this many buttons: past the first few, nspell's suggestions are rarely the word meant. */
const SHOWN = 5;

export function SpellingSuggestions({ lang, word, onPick }: { lang: SpellingLang; word: string; onPick?: (replacement: string) => void }) {
  const suggestions = useSpellingSuggestions(lang, word);
  if (suggestions.isPending) {
    return <span className="text-xs text-slate-500" data-testid="spelling-suggestions">Looking up suggestions for “{word}”…</span>;
  }
  if (suggestions.isError) {
    return (
      <span role="alert" className="text-xs text-red-700" data-testid="spelling-suggestions">
        Suggestions could not be loaded: {suggestions.error.message}
      </span>
    );
  }
  const shown = suggestions.data.slice(0, SHOWN);
  if (shown.length === 0) {
    return <span className="text-xs text-slate-500" data-testid="spelling-suggestions">The dictionary has no suggestion for “{word}”.</span>;
  }
  if (!onPick) {
    return <span className="text-xs text-slate-600" data-testid="spelling-suggestions">Perhaps: {shown.map((s) => `“${s}”`).join(', ')}</span>;
  }
  return (
    <span className="contents" data-testid="spelling-suggestions">
      {shown.map((s, i) => (
        <Button key={s} className="!px-2 !py-0.5 text-xs" variant={i === 0 ? 'primary' : 'secondary'} onClick={() => onPick(s)}>
          Replace with “{s}”{i === 0 && <kbd className="ml-1 opacity-70">f</kbd>}
        </Button>
      ))}
    </span>
  );
}
