/** A translation that copies the garble of its German source: the same broken structure found again in the English target, tied to the source issue. */
import { alignWords, type Token as AlignedToken } from '../lexicon';
import { ENGLISH_GARBLE_WORDS } from './data';
import { tokenize, type Token } from './german';
import { quoteIssues, type GarbledIssue } from './garbled-quotes';

/** A target-side issue that repeats the source issue at index `of`. */
export interface GarbleCopy {
  of: number;
  issue: GarbledIssue;
}

const en = (s: string): string => `“${s}”`;

// The word lists live in lib/checks/data/en/garbled.json, where each is described.
const EN_GOVERNORS = new Set(ENGLISH_GARBLE_WORDS.governors);
const EN_FUNCTION_WORDS = new Set(ENGLISH_GARBLE_WORDS.functionWords);
const EN_QUOTE_INTRODUCERS = new Set(ENGLISH_GARBLE_WORDS.quoteIntroducers);

const isWord = (t: Token | undefined): t is Token => t?.kind === 'word';
const isOpening = (t: Token, text: string): boolean =>
  t.kind === 'quote' && (t.text === '„' || t.text === '»' || ((t.text === '“' || t.text === '"') && (t.start === 0 || /[\s([]/.test(text.charAt(t.start - 1)))));

/**
 * The target word aligned to the first source word inside `span` that has a counterpart: the head of the
 * stranded phrase ("Juli" → "July"); a later word's link may point anywhere in a garbled sentence.
 */
function alignedHead(source: string, target: string, span: GarbledIssue['span']): AlignedToken | undefined {
  const { sourceTokens, targetTokens, links } = alignWords(source, target, 'de', 'en');
  let best: [number, number] | undefined;
  for (const [s, t] of links) {
    const tok = sourceTokens[s]!;
    if (tok.start < span.start || tok.end > span.end) continue;
    if (!best || s < best[0] || (s === best[0] && t < best[1])) best = [s, t];
  }
  return best ? targetTokens[best[1]] : undefined;
}

/** The word right before `start` in the English text, or undefined when punctuation or nothing precedes it. */
function wordBefore(tokens: Token[], start: number): Token | undefined {
  let k = tokens.findIndex((t) => t.start >= start) - 1;
  if (k < -1) k = tokens.length - 1;
  const p = tokens[k];
  return isWord(p) ? p : undefined;
}

/** A phrase (date, name, object, participle) copied into the translation after a word that cannot govern it: "come to market July". */
function strandedCopy(issue: GarbledIssue, source: string, target: string, tokens: Token[]): GarbledIssue | undefined {
  const head = alignedHead(source, target, issue.span);
  // Only a date, name or number leaves a visible trace when stranded in English ("come to market July"); a
  // lower-case word after a verb is ordinary English ("grants execute permission").
  if (!head || !/^[\p{Lu}\p{N}]/u.test(head.text)) return undefined;
  const before = wordBefore(tokens, head.start);
  if (!before || EN_GOVERNORS.has(before.lower)) return undefined;
  return {
    rule: issue.rule,
    kind: issue.kind,
    severity: issue.severity,
    span: { start: head.start, end: head.end },
    message: `The translation copies the garbled source: ${en(head.text)} follows ${en(before.text)} with nothing joining them, as in the German.`,
  };
}

/** The quotation glued to a verb phrase in the source, glued the same way in the translation ("campaign “Fixed-term …”"). */
function gluedQuoteCopy(issue: GarbledIssue, source: string, target: string, tokens: Token[]): GarbledIssue | undefined {
  const sourceTokens = tokenize(source);
  const nth = sourceTokens.filter((t) => t.end <= issue.span.start && isOpening(t, source)).length;
  const open = tokens.filter((t) => isOpening(t, target))[nth];
  if (!open) return undefined;
  const before = wordBefore(tokens, open.start);
  if (!before || EN_GOVERNORS.has(before.lower) || EN_QUOTE_INTRODUCERS.has(before.lower)) return undefined;
  const close = tokens.find((t) => t.start > open.start && t.kind === 'quote' && !isOpening(t, target));
  const end = close?.end ?? open.end;
  return {
    rule: 'quote',
    kind: issue.kind,
    severity: issue.severity,
    span: { start: open.start, end },
    message: `The translation copies the garbled source: the quotation ${en(target.slice(open.end, close?.start ?? end).trim())} follows ${en(before.text)} with no connecting word, as in the German.`,
  };
}

/** A function word capitalised in mid-sentence, copied from the source's broken sentence ("with In the …"). */
function capitalCopy(issue: GarbledIssue, tokens: Token[]): GarbledIssue | undefined {
  for (let i = 1; i < tokens.length; i++) {
    const w = tokens[i]!;
    const p = tokens[i - 1]!;
    if (!isWord(w) || !w.cap || !EN_FUNCTION_WORDS.has(w.lower) || !isWord(p) || p.cap) continue;
    return {
      rule: 'capital',
      kind: issue.kind,
      severity: issue.severity,
      span: { start: w.start, end: w.end },
      message: `The translation copies the garbled source: ${en(w.text)} is capitalised in mid-sentence after ${en(p.text)}, where the German lost a sentence break.`,
    };
  }
  return undefined;
}

/**
 * For each source issue whose garble the English translation repeats, the target-side issue; issues the
 * translator repaired have none. Only the kinds of damage that leave a trace in English are looked for.
 */
export function garbleCopies(issues: GarbledIssue[], source: string, target: string): GarbleCopy[] {
  if (issues.length === 0 || !target.trim()) return [];
  const tokens = tokenize(target);
  const targetQuotes = quoteIssues(tokens, target);
  const used = new Set<GarbledIssue>();
  const out: GarbleCopy[] = [];
  issues.forEach((issue, of) => {
    let copy: GarbledIssue | undefined;
    if (issue.kind === 'glued-quote') copy = gluedQuoteCopy(issue, source, target, tokens);
    else if (issue.rule === 'quote') {
      const same = targetQuotes.find((t) => t.kind === issue.kind && !used.has(t));
      if (same) {
        used.add(same);
        copy = { ...same, severity: issue.severity, message: `The translation copies the garbled source: ${same.message}` };
      }
    } else if (issue.kind === 'stranded' || issue.kind === 'split-bracket' || issue.kind === 'subordinate-order' || issue.kind === 'modal-participle') {
      copy = strandedCopy(issue, source, target, tokens);
    } else if (issue.kind === 'function-capital') copy = capitalCopy(issue, tokens);
    if (copy) out.push({ of, issue: copy });
  });
  return out;
}
