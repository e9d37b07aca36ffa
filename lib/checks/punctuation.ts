/** Punctuation check: quotes and brackets, final punctuation, doubled words, spacing and quote style per language. */
import { analyse, type Token } from '../analysis';
import type { BaseLang } from '../lang';
import { ENGLISH_ARTICLES, repeats } from './data';
import { ruleFinding } from './rules/catalogue';
import type { CheckContext, Finding, SegmentCheck, SegmentInput, Span } from './types';
import { addressSpans, overlapsInOrder } from './words';
import { isSentenceStart } from './text';

type Family = 'double' | 'single' | 'paren' | 'bracket' | 'brace';

interface Open {
  char: string;
  index: number;
  closer: string;
  family: Family;
  /** A “ opened in German text: a closing mark unless an English-style ” follows. */
  strayInGerman?: boolean;
}

interface Issue {
  kind: 'unclosed' | 'unopened';
  family: Family;
  char: string;
  index: number;
}

interface Pair {
  open: number;
  close: number;
  openChar: string;
}

const BRACKETS: Record<string, [string, Family]> = { '(': [')', 'paren'], '[': [']', 'bracket'], '{': ['}', 'brace'] };
const CLOSERS = new Set([')', ']', '}']);
/** The quotation marks and brackets scanMarks pairs: one UTF-16 unit each. */
const MARKS: ReadonlySet<number> = new Set([...'()[]{}"„‚“”‘’»«'].map((c) => c.charCodeAt(0)));

/** Walks the text once, pairing quotes and brackets the way the language writes them. */
function scanMarks(text: string, lang: BaseLang): { issues: Issue[]; pairs: Pair[] } {
  const stack: Open[] = [];
  const issues: Issue[] = [];
  const pairs: Pair[] = [];

  // How many open marks wait for each closer: asking the stack would make a text of unclosed marks quadratic.
  const waiting = new Map<string, number>();
  const expects = (closer: string): boolean => (waiting.get(closer) ?? 0) > 0;
  const push = (char: string, index: number, closer: string, family: Family, strayInGerman = false): void => {
    stack.push({ char, index, closer, family, strayInGerman });
    waiting.set(closer, (waiting.get(closer) ?? 0) + 1);
  };
  const pop = (): Open | undefined => {
    const open = stack.pop();
    if (open) waiting.set(open.closer, (waiting.get(open.closer) ?? 0) - 1);
    return open;
  };
  const close = (char: string, index: number, family: Family): void => {
    if (!expects(char)) {
      issues.push({ kind: 'unopened', family, char, index });
      return;
    }
    // Anything opened inside the pair and still open was never closed; each mark is popped once, so this is linear.
    const inner: Open[] = [];
    while (stack.at(-1)?.closer !== char) inner.push(pop()!);
    for (const open of inner.reverse()) issues.push(unclosed(open));
    const open = pop();
    if (open) pairs.push({ open: open.index, close: index, openChar: open.char });
  };

  // A loop over the units rather than a global match: no match array per mark.
  for (let i = 0; i < text.length; i++) {
    if (!MARKS.has(text.charCodeAt(i))) continue;
    const c = text.charAt(i);
    const bracket = BRACKETS[c];
    if (bracket) push(c, i, bracket[0], bracket[1]);
    else if (CLOSERS.has(c)) {
      // "a) first, b) second": a list letter or number before a lone closing parenthesis.
      // With a "(" open, the ")" closes it: "(gezählt ab 1)", "(true, 1)".
      if (c === ')' && !expects(')') && /(?:^|\s)[\p{L}\p{N}]{1,2}$/u.test(text.slice(Math.max(0, i - 3), i))) continue;
      close(c, i, c === ')' ? 'paren' : c === ']' ? 'bracket' : 'brace');
    } else if (c === '"') {
      if (expects('"')) close(c, i, 'double');
      else push(c, i, '"', 'double');
    } else if (c === '„') push(c, i, '“', 'double');
    else if (c === '‚') push(c, i, '‘', 'single');
    else if (c === '“') {
      if (expects('“')) close(c, i, 'double');
      else push(c, i, '”', 'double', lang === 'de');
    } else if (c === '”') close(c, i, 'double');
    else if (c === '‘' && expects('‘')) close(c, i, 'single');
    // „‚#’“: German text often closes a low single quote with the apostrophe-shaped ’ instead of ‘.
    else if (c === '’' && stack.at(-1)?.closer === '‘' && !/\p{L}/u.test(text.charAt(i + 1))) close('‘', i, 'single');
    else if (c === '»' || c === '«') {
      if (expects(c)) close(c, i, 'double');
      else push(c, i, c === '»' ? '«' : '»', 'double');
    }
    // English ‘ and ’ double as apostrophes (’90s, companies’), so they are not paired.
  }
  for (const open of stack) issues.push(unclosed(open));
  return { issues, pairs };
}

function unclosed(open: Open): Issue {
  // In German “ closes „; one that nothing closes was a closing mark without an opening one.
  return { kind: open.strayInGerman ? 'unopened' : 'unclosed', family: open.family, char: open.char, index: open.index };
}

/** A finding of the rule `punctuation.<rule>` on one side; category and severity come from the catalogue. */
function finding(
  rule: string,
  side: 'source' | 'target',
  spans: Span[],
  message: string,
  fix?: { span: Span; replacement: string; label: string },
): Finding {
  return ruleFinding(`punctuation.${rule}`, {
    side,
    sourceSpans: side === 'source' ? spans : [],
    targetSpans: side === 'target' ? spans : [],
    message,
    ...(fix ? { fix: { side, ...fix } } : {}),
  });
}

const MARK_NAME: Record<Family, string> = {
  double: 'quotation mark',
  single: 'single quotation mark',
  paren: 'parenthesis',
  bracket: 'square bracket',
  brace: 'brace',
};

/**
 * Unbalanced quotes and brackets on both sides. A quotation that runs over several sentences leaves
 * the same mark open (or closed) in source and translation alike: matching issues cancel out.
 */
function balanceFindings(segment: SegmentInput, ctx: CheckContext, target: { issues: Issue[] } | undefined): Finding[] {
  const source = scanMarks(segment.source, ctx.sourceLang).issues;
  const targetIssues = target?.issues ?? [];
  // Each target issue cancels the first source issue of its kind and family still left: queues per kind and family
  // instead of a search of the whole list per issue (a text of unclosed quotes has thousands).
  const queues = new Map<string, number[]>();
  source.forEach((s, i) => {
    const key = `${s.kind}:${s.family}`;
    const queue = queues.get(key);
    if (queue) queue.push(i);
    else queues.set(key, [i]);
  });
  const heads = new Map<string, number>();
  const cancelled = new Uint8Array(source.length);
  const unmatchedTarget = targetIssues.filter((issue) => {
    const key = `${issue.kind}:${issue.family}`;
    const head = heads.get(key) ?? 0;
    const at = queues.get(key)?.[head];
    if (at === undefined) return true;
    heads.set(key, head + 1);
    cancelled[at] = 1;
    return false;
  });
  // With no translation yet there is nothing to cancel against: the source's issues stand as they are.
  const sourceIssues = target ? source.filter((_, i) => cancelled[i] === 0) : source;
  const describe = (issue: Issue): string =>
    issue.kind === 'unclosed'
      ? `The ${MARK_NAME[issue.family]} ${issue.char} is opened but never closed.`
      : `The closing ${MARK_NAME[issue.family]} ${issue.char} has no opening one (closed twice?).`;
  const span = (issue: Issue): Span => ({ start: issue.index, end: issue.index + 1 });
  return [
    ...sourceIssues.map((issue) => finding('source-unbalanced', 'source', [span(issue)], describe(issue))),
    ...unmatchedTarget.map((issue) => finding('unbalanced', 'target', [span(issue)], describe(issue))),
  ];
}

/** The longest quotation a quote-style fix rewrites whole. */
const MAX_FIX = 2_000;

/** Quotes of the other language in the translation: German „…“ in English, English “…” in German. */
function quoteStyleFindings(text: string, lang: BaseLang, pairs: Pair[]): Finding[] {
  const findings: Finding[] = [];
  for (const pair of pairs) {
    let quotes: [string, string] | undefined;
    if (lang === 'en' && (pair.openChar === '„' || pair.openChar === '»' || pair.openChar === '«')) quotes = ['“', '”'];
    else if (lang === 'en' && pair.openChar === '‚') quotes = ['‘', '’'];
    else if (lang === 'de' && pair.openChar === '“') quotes = ['„', '“'];
    if (!quotes) continue;
    const span = { start: pair.open, end: pair.close + 1 };
    // Nested pairs repeat their inner text in each fix: past a sane length, the finding comes without one.
    const replacement = pair.close - pair.open <= MAX_FIX ? quotes[0] + text.slice(pair.open + 1, pair.close) + quotes[1] : undefined;
    const style = lang === 'en' ? 'English quotation marks “…”' : 'German quotation marks „…“';
    findings.push(
      finding(
        'quote-style',
        'target',
        [span],
        `Use ${style} in ${lang === 'en' ? 'English' : 'German'} text.`,
        replacement === undefined ? undefined : { span, replacement, label: `Use ${quotes[0]}…${quotes[1]}` },
      ),
    );
  }
  return findings;
}

/** The sentence-final mark, looking through closing quotes and brackets; '' when there is none. */
function finalMark(text: string): { mark: string; index: number } {
  let i = text.length - 1;
  while (i >= 0 && /[\s"'”“’‘«»)\]}]/u.test(text.charAt(i))) i--;
  const c = text.charAt(i);
  if (c === '.' && text.slice(i - 2, i + 1) === '...') return { mark: '…', index: i - 2 };
  return /[.?!:;…]/u.test(c) ? { mark: c, index: i } : { mark: '', index: i + 1 };
}

/** Marks that can stand for each other between the languages: a colon or semicolon for a period, an ellipsis. */
const TOLERATED = new Set(['.:', ':.', '.;', ';.', '.…', '….', '.!', '!.']);

/** Words from which a translation may end with a full stop that its source lacks: a sentence, not a label or a button. */
const SENTENCE_WORDS = 4;

function finalMarkFindings(segment: SegmentInput): Finding[] {
  const source = finalMark(segment.source);
  const target = finalMark(segment.target);
  if (source.mark === target.mark || TOLERATED.has(source.mark + target.mark)) return [];
  // Translators end a description with a stop where the source has none ("copy files into DIR" → „kopiert … in
  // VERZEICHNIS.“): a convention, which changes nothing the reader understands.
  if (source.mark === '' && target.mark === '.' && segment.target.trim().split(/\s+/u).length >= SENTENCE_WORDS) return [];
  const name = (mark: string): string => (mark === '' ? 'no final punctuation' : `“${mark}”`);
  const message = `The source ends with ${name(source.mark)}, the translation with ${name(target.mark)}.`;
  const span = target.mark === '' ? { start: target.index, end: target.index } : { start: target.index, end: target.index + 1 };
  // A question stays a question and an exclamation an exclamation: swapping or adding a single mark is safe.
  const fix =
    target.mark !== '…' && /^[.?!]$/u.test(source.mark)
      ? { span, replacement: source.mark, label: target.mark === '' ? `Add “${source.mark}”` : `Replace with “${source.mark}”` }
      : undefined;
  // A missing mark is shown on the last word, where it should follow.
  const lastWord = /\S+$/u.exec(segment.target.slice(0, target.index));
  const marked = target.mark !== '' ? [span] : lastWord ? [{ start: lastWord.index, end: target.index }] : [];
  return [
    ruleFinding('punctuation.final-mark', {
      side: 'both',
      sourceSpans: source.mark === '' ? [] : [{ start: source.index, end: source.index + source.mark.length }],
      targetSpans: marked,
      message,
      ...(fix ? { fix: { side: 'target', ...fix } } : {}),
    }),
  ];
}

/** The first word of a text after opening quotes, brackets and spaces, if the text starts with a letter there. */
function firstWord(text: string): { word: string; start: number } | undefined {
  const m = /^[\s"'„“”‚‘’»«(\[]*(\p{L}[\p{L}\p{M}'’-]*)/u.exec(text);
  return m ? { word: m[1]!, start: m[0].length - m[1]!.length } : undefined;
}

/** A German text that starts with a finite verb of the third person („gibt … aus“, „ist ein Platzhalter“): the subject is the option or command described. */
function describesByVerb(text: string): boolean {
  const first = analyse(text, 'de').tokens.find((t) => t.pos !== 'punct');
  if (!first?.known) return false;
  const verb = first.pos === 'verb' || first.pos === 'aux' || first.pos === 'modal';
  if (verb && first.morph.verbForm === 'fin' && first.morph.person === 3 && first.morph.number === 'sing') return true;
  // „verwendet VT100-Zeichen“: with no subject before it, the analysis may read the finite -t form as an adjective or a
  // participle; a reading with a verb's infinitive as its lemma tells it.
  return /t$/u.test(first.lower) && first.lemmas.some((l) => l !== first.lower && /e[lr]?n$/u.test(l));
}

/**
 * A translation whose first letter is lower-case where the source starts with a capital: sentence case was lost
 * (a command or product name written in lower case on both sides, "ls", "iPhone", is left alone).
 */
function initialCapitalFindings(segment: SegmentInput, targetLang: BaseLang): Finding[] {
  const source = firstWord(segment.source);
  const target = firstWord(segment.target);
  if (!source || !target || !/^\p{Lu}/u.test(source.word) || !/^\p{Ll}/u.test(target.word)) return [];
  // A command or name that German capitalises at the start of its sentence ("Systemd-sysusers" → "systemd-sysusers").
  const command = /[^\p{L}]/u.test(target.word) && source.word === target.word.charAt(0).toUpperCase() + target.word.slice(1);
  if (segment.source.includes(target.word) || command) return [];
  // Labels without a final stop ("byte with octal value NNN") keep their case; so do German help texts that
  // describe an option starting with its verb ("Save …" → „speichert …“), a convention of their own.
  if (!/[.!?][\s"'“”„»«)\]]*$/u.test(segment.target)) return [];
  if (targetLang === 'de' && (analyse(segment.source, 'en').tokens[0]?.pos === 'verb' || describesByVerb(segment.target))) return [];
  const fixed = target.word.charAt(0).toLocaleUpperCase(targetLang) + target.word.slice(1);
  const span = { start: target.start, end: target.start + target.word.length };
  return [
    finding('initial-capital', 'target', [span], `The translation starts with a lower-case “${target.word}”; the source starts its sentence with a capital.`, {
      span,
      replacement: fixed,
      label: `Capitalise “${fixed}”`,
    }),
  ];
}

/**
 * Immediate repeats that are grammatical: "had had", "that that"; German „dass sie sie“, and a relative pronoun
 * followed by the article of the same form after a comma, with or without a preposition („, die die Zeitung“, „,
 * für das das Dateisystem“) (data/<lang>/repeats.json).
 */
function legitimateRepeat(tokens: readonly Token[], word: Token, before: Token | undefined, lang: BaseLang): boolean {
  const allowed = repeats(lang);
  if (allowed.always.includes(word.lower)) return true;
  return allowed.afterComma.includes(word.lower) && (before?.text === ',' || (before?.pos === 'adp' && before.index > 0 && tokens[before.index - 1]!.text === ','));
}

const allCaps = (w: string): boolean => /\p{Lu}.*\p{Lu}/u.test(w) && !/\p{Ll}/u.test(w);

function doubledWordFindings(text: string, lang: BaseLang, side: 'source' | 'target'): Finding[] {
  const tokens = analyse(text, lang).tokens;
  const findings: Finding[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const a = tokens[i - 1]!;
    const b = tokens[i]!;
    if (a.lower !== b.lower || a.pos === 'punct' || /\p{N}/u.test(a.text)) continue;
    if (!/^[ \u00a0]+$/u.test(text.slice(a.end, b.start))) continue;
    if (legitimateRepeat(tokens, a, tokens[i - 2], lang)) continue;
    // A word and its placeholder („Maschinenkennung MASCHINENKENNUNG“); the end of a file name ("journald@.service service").
    if ((allCaps(b.text) && !allCaps(a.text)) || /[\p{L}\p{N}][.@]$/u.test(text.slice(Math.max(0, a.start - 2), a.start))) continue;
    const span = { start: a.end, end: b.end };
    findings.push(
      finding(side === 'source' ? 'source-doubled-word' : 'doubled-word', side, [{ start: a.start, end: b.end }], `The word “${b.text}” is repeated.`, {
        span,
        replacement: '',
        label: `Remove the second “${b.text}”`,
      }),
    );
  }
  return findings;
}

// Vowel letters that sound like a consonant ("a university", "a European", "a one-off", data/en/articles.json):
// the article follows the sound, so these words are left alone, as are capitals (acronyms) and any h ("an hour").
const consonantSound = (word: string): boolean => ENGLISH_ARTICLES.consonantSoundPrefixes.some((p) => word.startsWith(p));

/** English "a" before a vowel sound or "an" before a consonant ("a emergency", "an big"), with the fix. */
function articleFindings(text: string): Finding[] {
  if (!/\ban? /iu.test(text)) return [];
  const findings: Finding[] = [];
  for (const m of text.matchAll(/(?<![\p{L}\p{N}'’-])(a|an|A|An) ([a-z][\p{L}-]*)/gu)) {
    const article = m[1]!;
    const next = m[2]!;
    const vowel = /^[aeiou]/u.test(next) && !consonantSound(next);
    const consonant = /^[bcdfgjklmnpqrstvwxyz]/u.test(next);
    const an = article.length === 2;
    if (an ? !consonant : !vowel) continue;
    // A word without a vowel is read letter by letter ("an lbx", "an md"): its first letter decides, unknown here.
    if (an && !/[aeiouy]/u.test(next)) continue;
    // A capital "A" inside a sentence is a letter or a name ("Vitamin A is"), not the article.
    if (article.charAt(0) === 'A' && !isSentenceStart(text, m.index)) continue;
    const right = an ? article.charAt(0) : `${article}n`;
    const span = { start: m.index, end: m.index + article.length };
    findings.push(
      finding('article', 'target', [{ start: m.index, end: m.index + m[0].length }], `“${article} ${next}”: before this word the article is “${right}”.`, {
        span,
        replacement: right,
        label: `Use “${right}”`,
      }),
    );
  }
  return findings;
}

/** Matches of `pattern`, searched only when the text has what it needs: most segments have none of these faults. */
function faults(text: string, needs: string | RegExp, pattern: RegExp): Iterable<RegExpExecArray> {
  return (typeof needs === 'string' ? text.includes(needs) : needs.test(text)) ? text.matchAll(pattern) : [];
}

/** Doubled spaces and marks, a space before , . ; : ! ? and no space after a sentence mark or comma. */
function spacingFindings(text: string): Finding[] {
  const addresses = addressSpans(text);
  const findings: Finding[] = [];
  for (const m of faults(text, '  ', /(?<=\S) {2,}(?=\S)/gu)) {
    const span = { start: m.index, end: m.index + m[0].length };
    findings.push(finding('doubled-space', 'target', [span], 'Doubled space.', { span, replacement: ' ', label: 'Use one space' }));
  }
  // An ellipsis may stand apart ("weiter ..."), and a mark followed by a letter is something else (" .NET").
  for (const m of faults(text, /[ \u00a0][,.;:!?]/, /(?<=[\p{L}\p{N}"”“’)])[ \u00a0]+([,.;:!?])(?=$|[\s"”“’)])/gu)) {
    const mark = m[1] ?? '';
    if (mark === '.' && text.charAt(m.index + m[0].length) === '.') continue;
    const span = { start: m.index, end: m.index + m[0].length };
    findings.push(
      finding('space-before-mark', 'target', [span], `Space before “${mark}”.`, { span, replacement: mark, label: 'Remove the space' }),
    );
  }
  // A doubled full stop, comma or semicolon is a slip ("missed.."); "..." and "!!" are meant.
  const doubledInAddress = overlapsInOrder(addresses);
  // Only after a word and before a space or the end: "APT::Cache", "[::]", "/..", "»..«" and "file..0" are written so.
  for (const m of faults(text, /([.,;:])\1/u, /(?<=[\p{L}\p{N}"”“’)\]])([.,;:])\1(?=\s|$)/gu)) {
    if (doubledInAddress(m.index, m.index + 1)) continue;
    const span = { start: m.index, end: m.index + 2 };
    findings.push(
      finding('doubled-mark', 'target', [span], `Doubled “${m[1]}”.`, { span, replacement: m[1] ?? '', label: `Use one “${m[1]}”` }),
    );
  }
  const missingInAddress = overlapsInOrder(addresses);
  // A comma between single letters lists symbols or variables ("s,m,h", "(r,phi)", "x,y"), written without spaces.
  const wordChar = (i: number) => /[\p{L}\p{N}]/u.test(text.charAt(i));
  for (const m of faults(text, /[.!?,;]\p{L}/u, /\p{Ll}{2}([.!?])(?=\p{Lu}\p{Ll})|\p{L}([,;])(?=\p{L})/gu)) {
    const at = m.index + m[0].length - 1;
    if (m[2] !== undefined && (!wordChar(at - 2) || !wordChar(at + 2))) continue;
    if (missingInAddress(at, at + 1)) continue;
    const span = { start: at + 1, end: at + 1 };
    findings.push(
      finding('missing-space', 'target', [{ start: at, end: at + 1 }], `Missing space after “${text.charAt(at)}”.`, {
        span,
        replacement: ' ',
        label: 'Add a space',
      }),
    );
  }
  return findings;
}

export const punctuationCheck: SegmentCheck = (segment, ctx) => {
  const hasTarget = segment.target.trim() !== '';
  const target = hasTarget ? scanMarks(segment.target, ctx.targetLang) : undefined;
  const findings = [...balanceFindings(segment, ctx, target), ...doubledWordFindings(segment.source, ctx.sourceLang, 'source')];
  if (!target) return findings;
  return [
    ...findings,
    ...quoteStyleFindings(segment.target, ctx.targetLang, target.pairs),
    ...finalMarkFindings(segment),
    ...initialCapitalFindings(segment, ctx.targetLang),
    ...doubledWordFindings(segment.target, ctx.targetLang, 'target'),
    ...spacingFindings(segment.target),
    ...(ctx.targetLang === 'en' ? articleFindings(segment.target) : []),
  ];
};
