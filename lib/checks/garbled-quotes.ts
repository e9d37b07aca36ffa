/** Quotation marks that break a sentence (closed twice, glued together, never closed) in German or English text, and the garbled-issue type. */
import type { Token } from './german';
import type { Severity, Span } from './types';

/** The broad class of damage, one per structural rule; two classes in one sentence make each of its issues major. */
export type GarbledRule = 'bracket' | 'capital' | 'quote' | 'fragment' | 'order';

/** The kinds of damage, each a rule `garbled-source.<kind>` of lib/checks/rules/data/garbled-source.json. */
export type GarbledKind =
  | 'stranded'
  | 'afterthought'
  | 'split-bracket'
  | 'modal-participle'
  | 'glued-quote'
  | 'function-capital'
  | 'verb-capital'
  | 'side-by-side-quotes'
  | 'closed-twice'
  | 'unopened-quote'
  | 'unclosed-quote'
  | 'fragment'
  | 'preposition-verb'
  | 'two-finite'
  | 'doubled-finite'
  | 'subordinate-order';

/** One structural problem in a text, before it becomes a Finding for the source or target side. */
export interface GarbledIssue {
  rule: GarbledRule;
  /** The kind of damage: on a German source, the finding's rule is `garbled-source.<kind>`. */
  kind: GarbledKind;
  severity: Severity;
  span: Span;
  /** A second place the reader must see to understand it (the verb phrase a stray quotation follows). */
  also?: Span;
  message: string;
}

/** A German-quoted phrase, for messages. */
export const q = (s: string): string => `„${s}“`;

export const OPENING_QUOTES = new Set(['„', '»']);
export const CLOSING_QUOTES = new Set(['“', '”', '«']);

/** The text of tokens a…b (inclusive), spaced as in the original. */
export function tokenText(t: Token[], a: number, b: number): string {
  let s = '';
  for (let i = a; i <= b; i++) s += (i > a && t[i]!.start > t[i - 1]!.end ? ' ' : '') + t[i]!.text;
  return s;
}

/** Rule 3: quotation marks that break the sentence: closed twice, glued together, or never closed. */
export function quoteIssues(t: Token[], text: string): GarbledIssue[] {
  const out: GarbledIssue[] = [];
  const german = text.includes('„') || text.includes('»');
  let open: Token | undefined;
  let lastClose = -1;
  for (let i = 0; i < t.length; i++) {
    const tok = t[i]!;
    if (tok.kind !== 'quote') continue;
    const before = text.charAt(tok.start - 1);
    // "“" opens only in English-style quoting; a straight quote opens after a space or at the start.
    const ambiguous = tok.text === '"' || (!german && tok.text === '“');
    const opening = OPENING_QUOTES.has(tok.text) || (ambiguous && (tok.start === 0 || /[\s([]/.test(before)));
    if (opening) {
      // „A“ „B“: two quotations side by side with nothing joining them.
      if (lastClose >= 0 && lastClose === i - 1 && !open) {
        out.push({
          rule: 'quote',
          kind: 'side-by-side-quotes',
          severity: 'major',
          span: { start: t[i - 1]!.start, end: tok.end },
          message: 'Two quoted phrases follow each other with no word between them: the sentence no longer parses.',
        });
      }
      open = tok;
      continue;
    }
    if (open) {
      open = undefined;
      lastClose = i;
      continue;
    }
    // A second closing mark after a few stray words: „… Innovation.“ Technik.“
    const between = t.slice(lastClose + 1, i);
    if (lastClose >= 0 && between.length > 0 && between.length <= 6 && between.every((x) => x.kind !== 'quote')) {
      out.push({
        rule: 'quote',
        kind: 'closed-twice',
        severity: 'major',
        span: { start: t[lastClose + 1]!.start, end: tok.end },
        message: `The quotation is closed twice: ${q(text.slice(t[lastClose + 1]!.start, tok.start).trim())} stands between two closing quotation marks.`,
      });
    } else if (lastClose < 0 && /[.!?]/.test(before) && strayFragment(t, i)) {
      // „… Innovation.“ Technologien.“ split into sentences: one or two words and a close with nothing open.
      out.push({
        rule: 'quote',
        kind: 'closed-twice',
        severity: 'major',
        span: { start: t[0]!.start, end: tok.end },
        message: `${q(text.slice(t[0]!.start, tok.start))} stands alone before a closing quotation mark that nothing opened: the quotation seems to be closed twice, with a stray fragment between.`,
      });
    } else if (!/[.!?,]/.test(before) || lastClose >= 0) {
      // A close right after ".", "!" or "," at the start may end a quotation begun in the previous sentence.
      out.push({
        rule: 'quote',
        kind: 'unopened-quote',
        severity: 'minor',
        span: { start: tok.start, end: tok.end },
        message: 'This closing quotation mark has no opening one: part of the quotation seems lost.',
      });
    }
    lastClose = i;
  }
  if (open) {
    const rest = text.slice(open.end).trim();
    // A quoted sentence that goes on in the next segment starts with a capital and ends with ". ! ?".
    if (!(/^\p{Lu}/u.test(rest) && /[.!?]$/.test(rest))) {
      out.push({
        rule: 'quote',
        kind: 'unclosed-quote',
        severity: 'minor',
        span: { start: open.start, end: open.end },
        message: 'This quotation mark is opened but never closed: the quotation runs into the rest of the sentence.',
      });
    }
  }
  return out;
}

/** One or two words, and nothing else but their full stop, before the closing quotation mark at `close`. */
function strayFragment(t: Token[], close: number): boolean {
  const before = t.slice(0, close);
  const words = before.filter((x) => x.kind === 'word' || x.kind === 'number').length;
  return words > 0 && words <= 2 && before.every((x) => x.kind === 'word' || x.kind === 'number' || x.kind === 'end');
}
