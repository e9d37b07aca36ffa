/** Round-trip check: back-translates a target into the source language and flags source words that did not come back. */
import type { Finding, Severity, Span } from '../checks';
import { wordDiff, type DiffPart } from '../diff';
import { baseLang, type SourceLang, type TargetLang } from '../lang';
import type { Engine } from './engine';

export interface RoundTripRequest {
  engine: Engine;
  source: string;
  target: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  /** Neighbouring TARGET text: it is the target that gets translated, so the context must be in its language. */
  context?: string;
  /** English variant to back-translate into for EN→DE documents. Default 'en-US'. */
  englishVariant?: 'en-US' | 'en-GB';
  signal?: AbortSignal;
}

export interface RoundTripResult {
  backTranslation: string;
  /** Source → back-translation, for track-changes display. */
  diff: DiffPart[];
  findings: Finding[];
}

const CHECK = 'round-trip';

/** Diverging content words in one change from which a finding is major rather than minor. */
const MAJOR_WORDS = 3;
/** Share of the source's content words lost in the round trip from which every finding is major… */
const MAJOR_SHARE = 0.5;
/** …in sentences of at least this many content words; in shorter ones one word is already half. */
const MAJOR_SHARE_MIN_WORDS = 4;

/**
 * Back-translates `target`, diffs it against `source` and reports the source words that came back
 * as something else. Inflection, case, punctuation, word order and function words are ignored,
 * because back-translations vary in those without the translation being wrong.
 */
export async function roundTrip(request: RoundTripRequest): Promise<RoundTripResult> {
  const { engine, source, target, sourceLang, targetLang, context, signal } = request;
  if (source.trim() === '' || target.trim() === '') return { backTranslation: '', diff: [], findings: [] };

  const [backTranslation = ''] = await engine.translate(
    {
      texts: [target],
      sourceLang: baseLang(targetLang),
      targetLang: sourceLang === 'de' ? 'de' : (request.englishVariant ?? 'en-US'),
      ...(context === undefined || context.trim() === '' ? {} : { context }),
    },
    signal,
  );
  const diff = wordDiff(source, backTranslation);
  return { backTranslation, diff, findings: divergences(source, diff, sourceLang) };
}

interface Word {
  start: number;
  end: number;
  key: string;
  content: boolean;
  matched: boolean;
}

/** One run of changes in the diff: source words deleted and back-translation words inserted there. */
interface Change {
  /** Where the change sits in the source, also when it deletes nothing. */
  at: number;
  deleted: Word[];
  inserted: Word[];
  insertedText: string;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

function divergences(source: string, diff: DiffPart[], lang: SourceLang): Finding[] {
  const stop = STOPWORDS[lang];
  const changes: Change[] = [];
  let position = 0;
  let open: Change | undefined;
  for (const part of diff) {
    if (part.kind === 'equal') {
      position += part.text.length;
      open = undefined;
      continue;
    }
    if (!open) {
      open = { at: position, deleted: [], inserted: [], insertedText: '' };
      changes.push(open);
    }
    // Deleted words get source offsets, inserted ones offsets in the change's inserted text.
    const words = wordsOf(part.text, part.kind === 'delete' ? position : open.insertedText.length, stop);
    if (part.kind === 'delete') {
      open.deleted.push(...words);
      position += part.text.length;
    } else {
      open.inserted.push(...words);
      open.insertedText += part.text;
    }
  }

  // Matched across changes, so a word that only moved cancels out wherever it went.
  const deleted = changes.flatMap((c) => c.deleted);
  const inserted = changes.flatMap((c) => c.inserted);
  for (const same of [(a: string, b: string) => a === b, sameLemma]) {
    for (const d of deleted) {
      if (d.matched) continue;
      const partner = inserted.find((i) => !i.matched && same(d.key, i.key));
      if (partner) d.matched = partner.matched = true;
    }
  }

  const contentWords = wordsOf(source, 0, stop).filter((w) => w.content).length;
  const lost = deleted.filter((w) => w.content && !w.matched).length;
  const sweeping = contentWords >= MAJOR_SHARE_MIN_WORDS && lost / contentWords >= MAJOR_SHARE;
  const severity = (words: number): Severity => (sweeping || words >= MAJOR_WORDS ? 'major' : 'minor');

  const findings: Finding[] = [];
  for (const change of changes) {
    const gone = change.deleted.filter((w) => w.content && !w.matched);
    const added = change.inserted.filter((w) => w.content && !w.matched);
    const first = gone[0];
    const last = gone[gone.length - 1];
    const cameBack = unmatchedText(change.insertedText, added);
    if (first && last) {
      const span: Span = { start: first.start, end: last.end };
      const words = source.slice(span.start, span.end);
      findings.push({
        check: CHECK,
        category: 'accuracy/mistranslation',
        severity: severity(gone.length),
        side: 'source',
        sourceSpans: [span],
        targetSpans: [],
        message: cameBack
          ? `Back-translation differs here: „${words}“ came back as „${cameBack}“.`
          : `Back-translation differs here: „${words}“ did not come back; the translation may leave it out.`,
      });
    } else if (added.length > 0 && change.deleted.length === 0) {
      // Nothing in the source to point at: the finding belongs to the segment as a whole.
      findings.push({
        check: CHECK,
        category: 'accuracy/mistranslation',
        severity: severity(added.length),
        side: 'source',
        sourceSpans: [],
        targetSpans: [],
        message: `Back-translation differs here: „${cameBack}“ came back although the source has nothing for it; the translation may add it.`,
      });
    }
  }
  return findings;
}

function wordsOf(text: string, offset: number, stop: ReadonlySet<string>): Word[] {
  return [...text.matchAll(WORD)].map((m) => {
    const key = normalise(m[0]);
    return { start: offset + m.index, end: offset + m.index + m[0].length, key, content: !stop.has(key), matched: false };
  });
}

/** Case, diacritics and ß folded, so „Straße“, „strasse“ and „STRASSE“ are one word. */
function normalise(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ß/g, 'ss');
}

/**
 * Inflected forms of one word (langfristig/langfristigen, Vertrag/Vertrages) share a stem of five
 * letters or more and differ only in a short ending; a German compound ends in its head
 * (Vertragsbedingungen/Bedingungen).
 */
function sameLemma(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 5 && long.endsWith(short)) return true;
  // Short words inflect too (neue/neuen, Tag/Tage), but only by an ending added to the whole word.
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2) return true;
  let common = 0;
  while (common < short.length && short[common] === long[common]) common++;
  return common >= 5 && short.length - common <= 3 && long.length - common <= 4;
}

/** The inserted text from the first to the last word that matched nothing (all of it when every word matched). */
function unmatchedText(text: string, unmatched: Word[]): string {
  const first = unmatched[0];
  const last = unmatched[unmatched.length - 1];
  if (first && last) return text.slice(first.start, last.end);
  return text.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

/**
 * Words whose coming and going in a back-translation says nothing about meaning (articles,
 * prepositions, pronouns, auxiliaries, particles). Negations are deliberately absent.
 */
const STOPWORDS: Record<SourceLang, ReadonlySet<string>> = {
  de: new Set(
    (
      'der die das den dem des ein eine einen einem einer eines und oder aber sondern denn dass so als wie ' +
      'zu zum zur im in ins am an auf aus bei beim mit nach von vom vor fur uber unter um durch gegen ohne bis ' +
      'ich du er sie es wir ihr man sich mich mir dich dir uns euch ihn ihm ihnen ' +
      'ist sind war waren bin bist sein wird werden wurde wurden worden hat haben hatte hatten habe ' +
      'auch noch schon nun ja doch eben mal dann da hier dies diese dieser dieses diesem diesen'
    ).split(' '),
  ),
  en: new Set(
    (
      'the a an and or but so as than that this these those which who ' +
      'to of in on at by for from with about into onto over under through ' +
      'i you he she it we they me him her us them its their our your my his ' +
      'is are was were be been being am will would shall has have had do does did ' +
      'also still already then there here just'
    ).split(' '),
  ),
};
