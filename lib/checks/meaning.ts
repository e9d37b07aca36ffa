/**
 * Meaning compared across the languages on the word alignment: a target word that is the antonym of a translation of
 * a source word, or more general or more specific than it (WordNet relations, reached through the lexicon).
 */
import { analyse, type Token as AnalysedToken } from '../analysis';
import type { BaseLang } from '../lang';
import { alignSegment, analysedTokens, englishCandidates, lookup, MAX_ALIGNED_CHARS, type Token } from '../lexicon';
import { meaningTables, negationTables } from './data';
import { relations, type Relations } from './relations';
import { ruleFinding } from './rules/catalogue';
import { escapeRegExp } from './text';
import type { Finding, SegmentCheck } from './types';

/** Words this short are particles and abbreviations: their relations are noise. */
const MIN_LETTERS = 3;

/** True for a negator of the language (lib/checks/data/<lang>/meaning.json): "not", "don't", „keine“. */
function isNegator(token: Token, lang: BaseLang): boolean {
  const lower = token.text.toLowerCase();
  const { negators, negatorBeginnings, negatorEndings } = meaningTables(lang);
  return negators.includes(lower) || negatorBeginnings.some((b) => lower.startsWith(b)) || negatorEndings.some((e) => lower.endsWith(e));
}

/** A token's meanings as lowercase English words: the word and its lemmas in English, its translations in German. */
function meanings(token: Token, lang: BaseLang): Set<string> {
  const lower = token.text.toLowerCase();
  if (lang === 'en') return new Set([lower, ...englishCandidates(lower)]);
  return new Set(lookup(token.text, 'de').filter((t) => !t.includes(' ')).map((t) => t.toLowerCase()));
}

function meets(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

/** The first word of `words` whose relation (by `related`) holds a word of `others`, with that word. */
function related(words: Set<string>, others: Set<string>, rel: (w: string) => ReadonlySet<string>): [string, string] | undefined {
  for (const w of words) for (const r of rel(w)) if (others.has(r)) return [w, r];
  return undefined;
}

// A negating prefix makes the opposite of the word it is put before: "noncurrent", "uncertain", „unsicher“
// (lib/checks/data/<lang>/negation.json).
const prefixPattern = (lang: BaseLang) => new RegExp(`^(?:${negationTables(lang).oppositePrefixes.map(escapeRegExp).join('|')})(\\p{L}{3,})$`, 'u');
const NEGATING_PREFIX: Record<BaseLang, RegExp> = { en: prefixPattern('en'), de: prefixPattern('de') };

/** The word the target word negates by a prefix, if that word is among `words` ("noncurrent" → "current"). */
function prefixOpposite(t: Token, lang: BaseLang, words: Set<string>): [string, string] | undefined {
  const stem = NEGATING_PREFIX[lang].exec(t.text.toLowerCase())?.[1];
  if (!stem) return undefined;
  if (lang === 'en') return words.has(stem) ? [stem, t.text.toLowerCase()] : undefined;
  // German: the stem's translations meet the source word's meanings („unsicher“ → sicher → "certain").
  const stemMeanings = new Set(lookup(stem, 'de').map((m) => m.toLowerCase()));
  for (const w of words) if (stemMeanings.has(w)) return [w, t.text.toLowerCase()];
  return undefined;
}

const NOUN_POS: ReadonlySet<string> = new Set(['noun', 'propn']);

/**
 * True when the token is a noun: a German word by its capital, but at the start of a sentence, and an English word
 * as the shared analysis reads it when it knows the word ("uses", "Scrub", „Beachten“ are verbs); an English word
 * the analysis does not know may be one.
 */
function isNoun(token: Token, a: AnalysedToken | undefined, before: AnalysedToken | undefined, lang: BaseLang): boolean {
  // German capitalises nouns: only a sentence's first word („Beachten Sie“) needs the analysis to tell.
  if (lang === 'de' && !a?.sentenceStart) return /^\p{Lu}/u.test(token.text);
  // A token of a hyphenated word ("OOM-individual") is judged as itself, not by the whole word's reading.
  const same = a !== undefined && a.start === token.start && a.end === token.end;
  // After an article a word the analysis took for a verb is a noun all the same ("a set of").
  if (same && (NOUN_POS.has(a.pos) || a.known)) return NOUN_POS.has(a.pos) || (a.pos === 'verb' && before?.pos === 'det');
  return lang !== 'de' || /^\p{Lu}/u.test(token.text);
}

interface Candidate {
  rule: 'antonym' | 'too-general' | 'too-specific';
  source: Token;
  target: Token;
  via: [string, string];
}

/** An open word of one side; `noun` asks the shared analysis, only when a relation needs it. */
interface Open {
  token: Token;
  noun: () => boolean;
}

/** The relation between an unmatched source word and an unmatched target word, if WordNet knows one. */
function relate(so: Open, to: Open, sm: Set<string>, tm: Set<string>, ctx: { to: BaseLang; rel: Relations; negated: boolean }): Candidate | undefined {
  const [s, t] = [so.token, to.token];
  const opposite = ctx.negated ? undefined : (related(sm, tm, ctx.rel.antonyms) ?? prefixOpposite(t, ctx.to, sm));
  if (opposite) return { rule: 'antonym', source: s, target: t, via: opposite };
  if (!so.noun() || !to.noun()) return undefined;
  // "file name" for „Dateiname“ (filename): the compound's head is no more general word, it is the same thing.
  if ([...sm].some((m) => [...tm].some((w) => m.includes(w) || w.includes(m)))) return undefined;
  const general = related(sm, tm, ctx.rel.hypernyms);
  if (general) return { rule: 'too-general', source: s, target: t, via: general };
  const specific = related(tm, sm, ctx.rel.hypernyms);
  if (specific) return { rule: 'too-specific', source: s, target: t, via: [specific[1], specific[0]] };
  return undefined;
}

function message(c: Candidate, sourceText: string, targetText: string): string {
  const s = `“${sourceText}”`;
  const t = `“${targetText}”`;
  const gloss = c.via[0] !== sourceText.toLowerCase() ? ` (${c.via[0]})` : '';
  if (c.rule === 'antonym') return `${t} is the opposite of ${s}${gloss}: the translation may reverse the meaning.`;
  if (c.rule === 'too-general') return `${t} is more general than ${s}${gloss}: the translation may lose what the source says.`;
  return `${t} is more specific than ${s}${gloss}: the translation may say more than the source.`;
}

export const meaningCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (!source.trim() || !target.trim() || ctx.sourceLang === ctx.targetLang) return [];
  if (source.length > MAX_ALIGNED_CHARS || target.length > MAX_ALIGNED_CHARS) return [];
  const { sourceTokens, targetTokens, links, kinds } = alignSegment(source, target, ctx.sourceLang, ctx.targetLang);
  // A link through a synonym is a guess ("car" ~ "vehicle"): exactly what this check is to judge, so it leaves the words open.
  const direct = links.filter((_, i) => kinds?.[i] !== 'synonym');
  const linkedSource = new Set(direct.map(([s]) => s));
  const linkedTarget = new Set(direct.map(([, t]) => t));
  const open = (tokens: readonly Token[], linked: Set<number>, text: string, lang: BaseLang): Open[] => {
    let analysed: (AnalysedToken | undefined)[] | undefined;
    const nounAt = (i: number) => {
      const analysis = analyse(text, lang);
      analysed ??= analysedTokens(tokens, analysis);
      const a = analysed[i];
      return isNoun(tokens[i]!, a, a && analysis.tokens[a.index - 1], lang);
    };
    return tokens.flatMap((t, i) => {
      if (!t.content || linked.has(i) || t.text.length < MIN_LETTERS || /\p{N}/u.test(t.text)) return [];
      let noun: boolean | undefined;
      return [{ token: t, noun: () => (noun ??= nounAt(i)) }];
    });
  };
  const sources = open(sourceTokens, linkedSource, source, ctx.sourceLang);
  const targets = open(targetTokens, linkedTarget, target, ctx.targetLang);
  if (sources.length === 0 || targets.length === 0) return [];
  // "not bad" for „gut“: a negated antonym is a paraphrase; the negation check judges negations.
  const negated = sourceTokens.some((t) => isNegator(t, ctx.sourceLang)) || targetTokens.some((t) => isNegator(t, ctx.targetLang));
  const rel = relations();
  const sourceMeanings = new Map(sources.map((s) => [s, meanings(s.token, ctx.sourceLang)]));
  const everySource = new Set([...sourceMeanings.values()].flatMap((m) => [...m]));
  // A target word that translates some source word is that word's rendering, not a replacement of another.
  const targetMeanings = new Map(targets.map((t) => [t, meanings(t.token, ctx.targetLang)]));
  const free = targets.filter((t) => !meets(targetMeanings.get(t)!, everySource));
  let allTarget: Set<string> | undefined;
  const findings: Finding[] = [];
  const used = new Set<Open>();
  for (const s of sources) {
    const sm = sourceMeanings.get(s)!;
    // A translation of the word elsewhere in the target: the alignment missed a link, nothing is replaced.
    if (sm.size === 0) continue;
    allTarget ??= new Set(targetTokens.flatMap((t) => [...meanings(t, ctx.targetLang)]));
    if (meets(sm, allTarget)) continue;
    for (const t of free) {
      if (used.has(t)) continue;
      const c = relate(s, t, sm, targetMeanings.get(t)!, { to: ctx.targetLang, rel, negated });
      if (!c) continue;
      used.add(t);
      findings.push(
        ruleFinding(`meaning.${c.rule}`, {
          side: 'both',
          sourceSpans: [{ start: c.source.start, end: c.source.end }],
          targetSpans: [{ start: c.target.start, end: c.target.end }],
          message: message(c, c.source.text, c.target.text),
        }),
      );
      break;
    }
  }
  return findings;
};
