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

/** Counts the work of `continuedQuoteMask` (stack entries looked at), so a test can bound it. */
export interface QuoteWork {
  steps: number;
}

/** An open quote: its character, its index in the text and its place on the stack of open quotes. */
interface Opener {
  char: string;
  at: number;
  level: number;
}

/**
 * For each index of `text`, whether it lies inside a quotation whose sentence continues after the closing
 * quote. A boundary at such an index is not a sentence end even if the quotation holds several sentences.
 * Linear in the text: a text of unclosed quotes („„„…) must not make every closer scan every opener.
 */
export function continuedQuoteMask(text: string, work?: QuoteWork): Uint8Array {
  // +1 where a marked range starts, -1 after it ends; summed up at the end, so nested ranges cost no refills.
  const edges = new Int32Array(text.length + 2);
  const open: Opener[] = [];
  // Per closing character, the open quotes it may close, innermost last; entries closed since are dropped when met.
  const closable = new Map<string, Opener[]>();
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    // ’ and ‘ between letters are apostrophes (don’t, geht’s), not quotes.
    if ((char === '’' || char === '‘') && LETTER.test(text.charAt(i - 1)) && LETTER.test(text.charAt(i + 1))) continue;
    const match = findOpener(open, closable.get(char), work);
    if (match >= 0) {
      const start = open[match]?.at ?? 0;
      open.length = match;
      if (CONTINUATION.test(text.slice(i + 1, i + 4))) {
        edges[start + 1]! += 1;
        edges[i + 1]! -= 1;
      }
    } else {
      const closers = CLOSERS.get(char);
      if (closers === undefined) continue;
      const opener = { char, at: i, level: open.length };
      open.push(opener);
      for (const closer of closers) {
        const list = closable.get(closer);
        if (list) list.push(opener);
        else closable.set(closer, [opener]);
      }
    }
    // A stray closer with no opener (a typo in the source) is ignored: it must not swallow sentences.
  }
  const mask = new Uint8Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i <= text.length; i++) {
    depth += edges[i]!;
    if (depth > 0) mask[i] = 1;
  }
  return mask;
}

/**
 * Index in `open` of the innermost open quote in `candidates` (the openers a character may close), or -1.
 * Looking below the top tolerates unclosed inner quotes. Entries no longer open are dropped on the way, each
 * once, so the whole text costs linear time.
 */
function findOpener(open: readonly Opener[], candidates: Opener[] | undefined, work?: QuoteWork): number {
  if (!candidates) return -1;
  while (candidates.length > 0) {
    if (work) work.steps++;
    const opener = candidates[candidates.length - 1]!;
    // Pushed in stack order, so the last candidate still on the stack (by identity: its place may be reused) is the innermost.
    if (open[opener.level] === opener) return opener.level;
    candidates.pop();
  }
  return -1;
}
