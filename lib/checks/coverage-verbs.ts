/**
 * The coverage family's verb rule: the source's main verb left out of the translation. A sentence that loses its
 * verb loses what it says ("Dies funktioniert nur mit --root=." → "This only with --root=."), so the finding is
 * critical; it is raised only when the translation's grammar bears the loss out, not on a missing link alone.
 */
import { analyse, type Analysis, type Pos, type Token } from '../analysis';
import type { Alignment } from '../lexicon';
import type { BaseLang } from '../lang';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Span } from './types';

/**
 * What may follow an English modal that has lost its verb ("can problems", "may the job"); an adverb or "not" may
 * stand before a verb the analysis did not attach ("can never reacquire"), and a sentence-initial modal is an
 * inversion ("Should a script be run, …").
 */
const NO_VERB_AFTER: ReadonlySet<Pos> = new Set(['det', 'noun', 'propn', 'num', 'adp', 'punct']);
/** What may stand before a German "werden" that has lost its participle ("können werden", "durch APT-Hooks werden"). */
const NO_PARTICIPLE_BEFORE: ReadonlySet<Pos> = new Set(['num', 'punct', 'modal', 'adp', 'det', 'propn', 'noun', 'x']);

const spanOf = (t: Token): Span => ({ start: t.start, end: t.end });

/**
 * A German "werden" that ends its clause with no participle or predicate before it: "Mehrere Dateien können werden.",
 * "…, die durch APT-Hooks werden." In a main clause a comma after it opens an insertion ("Die Datei wird, falls …"),
 * so there only the sentence's end counts.
 */
function bareWerden(target: Analysis): Span[] {
  return target.tokens
    .filter((t) => {
      if (t.lemma !== 'werden' || !NO_PARTICIPLE_BEFORE.has(target.tokens[t.index - 1]?.pos ?? 'noun')) return false;
      const next = target.tokens[t.index + 1];
      return next === undefined || /^[.;:!?]$/.test(next.text) || (next.text === ',' && target.clauses[t.clause]?.kind !== 'main');
    })
    .map(spanOf);
}

/**
 * Whether the translation lacks a verb where a sentence needs one: no verb group at all, an English modal with a
 * noun phrase or the end of the clause after it, or a German "werden" with no participle. Its spans mark the place.
 * A German modal standing alone is no evidence: the analysis does not always attach a verb-final infinitive to it.
 */
function verbless(target: Analysis): { verbless: boolean; places: Span[] } {
  if (target.verbGroups.length === 0) return { verbless: true, places: [] };
  const places =
    target.lang === 'en'
      ? target.verbGroups
          .map((g) => target.tokens[g.main]!)
          .filter((t) => t.pos === 'modal' && !t.sentenceStart && NO_VERB_AFTER.has(target.tokens[t.index + 1]?.pos ?? 'punct'))
          .map(spanOf)
      : bareWerden(target);
  return { verbless: places.length > 0, places };
}

/** Alignment tokens overlapping an analysis token: the two tokenisers split punctuation and compounds differently. */
function linkedAtAll(alignment: Alignment, span: Span): boolean {
  const linked = new Set(alignment.links.map(([s]) => s));
  return alignment.sourceTokens.some((t, i) => linked.has(i) && t.start < span.end && span.start < t.end);
}

/**
 * `coverage.verb-omitted`: a finite source verb group whose main verb (with its separable particle) has no
 * counterpart in the translation at any confidence, while the translation has no verb to carry it
 * (see `verbless`). A low-confidence
 * link is a rewording the dictionary half knows ("gibt" → "gives"), so only a verb with no link at all counts.
 */
export function omittedVerbs(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang, alignment: Alignment): Finding[] {
  const targetAnalysis = analyse(target, targetLang);
  const { verbless: lacksVerb, places } = verbless(targetAnalysis);
  if (!lacksVerb) return [];
  const sourceAnalysis = analyse(source, sourceLang);
  const findings: Finding[] = [];
  for (const group of sourceAnalysis.verbGroups) {
    const main = sourceAnalysis.tokens[group.main]!;
    if (group.finite === undefined || main.pos !== 'verb') continue;
    const parts = [main, ...(group.particle !== undefined ? [sourceAnalysis.tokens[group.particle]!] : [])];
    if (parts.some((t) => linkedAtAll(alignment, t))) continue;
    findings.push(
      ruleFinding('coverage.verb-omitted', {
        sourceSpans: parts.map((t) => ({ start: t.start, end: t.end })),
        targetSpans: places,
        message: `The verb ${parts.map((t) => `“${t.text}”`).join(' … ')} (${group.lemma}) has no counterpart in the translation, which has ${places.length > 0 ? `no verb to go with ${places.map((p) => `“${target.slice(p.start, p.end)}”`).join(', ')}` : 'no verb at all'}.`,
      }),
    );
  }
  return findings;
}
