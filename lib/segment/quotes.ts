/** Finds quotations that the surrounding sentence continues after, so the splitter never breaks inside them. */

/** Opening quote → the characters that may close it (German „…“ and »…«, Swiss «…», English “…”, straight "…"). */
const CLOSERS: ReadonlyMap<string, string> = new Map([
  ['„', '“”'],
  ['‚', '‘’'],
  ['»', '«'],
  ['«', '»'],
  ['“', '”'],
  ['‘', '’'],
  ['"', '"'],
]);

// After a closing quote, these mean the sentence goes on: „Gut.“, sagte er / "Really?" she asked.
const CONTINUATION = /^\s*(?:[\p{Ll},;:–—-]|\.\.\.|…)/u;
const LETTER = /\p{L}/u;

/**
 * For each index of `text`, whether it lies inside a quotation whose sentence continues after the closing
 * quote. A boundary at such an index is not a sentence end even if the quotation holds several sentences.
 */
export function continuedQuoteMask(text: string): Uint8Array {
  const mask = new Uint8Array(text.length + 1);
  const open: { char: string; at: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    // ’ and ‘ between letters are apostrophes (don’t, geht’s), not quotes.
    if ((char === '’' || char === '‘') && LETTER.test(text.charAt(i - 1)) && LETTER.test(text.charAt(i + 1))) continue;
    const match = findOpener(open, char);
    if (match >= 0) {
      const start = open[match]?.at ?? 0;
      open.length = match;
      if (CONTINUATION.test(text.slice(i + 1, i + 4))) mask.fill(1, start + 1, i + 1);
    } else if (CLOSERS.has(char)) {
      open.push({ char, at: i });
    }
    // A stray closer with no opener (a typo in the source) is ignored: it must not swallow sentences.
  }
  return mask;
}

/** Index of the innermost open quote that `char` closes, or -1. Looking below the top tolerates unclosed inner quotes. */
function findOpener(open: readonly { char: string }[], char: string): number {
  for (let i = open.length - 1; i >= 0; i--) {
    const opener = open[i];
    if (opener && CLOSERS.get(opener.char)?.includes(char)) return i;
  }
  return -1;
}
