/**
 * The coverage family's verb rule: the source's main verb left out of the translation. A sentence that loses its
 * verb loses what it says ("Dies funktioniert nur mit --root=." → "This only with --root=."), so the finding is
 * critical; it is raised only when the translation's grammar bears the loss out, not on a missing link alone.
 */
import { analyse, type Analysis } from '../analysis';
import type { Alignment } from '../lexicon';
import type { BaseLang } from '../lang';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Span } from './types';

/**
 * What may follow an English modal that has lost its verb ("can problems", "may the job"); an adverb or "not" may
 * stand before a verb the analysis did not attach ("can never reacquire"), and a sentence-initial modal is an
 * inversion ("Should a script be run, …").
 */
const NO_VERB_AFTER: ReadonlySet<string> = new Set(['det', 'noun', 'propn', 'num', 'adp', 'punct']);

/**
 * Whether the translation lacks a verb where a sentence needs one: no verb group at all, or (English) a modal with
 * a noun phrase or the end of the clause after it ("they can problems"). A German verb-final infinitive after a modal is not always attached by the
 * analysis, so a German modal standing alone is no evidence.
 */
function verbless(target: Analysis): { verbless: boolean; modals: Span[] } {
  if (target.verbGroups.length === 0) return { verbless: true, modals: [] };
  if (target.lang !== 'en') return { verbless: false, modals: [] };
  const modals = target.verbGroups
    .map((g) => target.tokens[g.main]!)
    .filter((t) => t.pos === 'modal' && !t.sentenceStart && NO_VERB_AFTER.has(target.tokens[t.index + 1]?.pos ?? 'punct'))
    .map((t) => ({ start: t.start, end: t.end }));
  return { verbless: modals.length > 0, modals };
}

/** Alignment tokens overlapping an analysis token: the two tokenisers split punctuation and compounds differently. */
function linkedAtAll(alignment: Alignment, span: Span): boolean {
  const linked = new Set(alignment.links.map(([s]) => s));
  return alignment.sourceTokens.some((t, i) => linked.has(i) && t.start < span.end && span.start < t.end);
}

/**
 * `coverage.verb-omitted`: a finite source verb group whose main verb (with its separable particle) has no
 * counterpart in the translation at any confidence, while the translation has no verb to carry it. A low-confidence
 * link is a rewording the dictionary half knows ("gibt" → "gives"), so only a verb with no link at all counts.
 */
export function omittedVerbs(source: string, target: string, sourceLang: BaseLang, targetLang: BaseLang, alignment: Alignment): Finding[] {
  const targetAnalysis = analyse(target, targetLang);
  const { verbless: lacksVerb, modals } = verbless(targetAnalysis);
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
        targetSpans: modals,
        message: `The verb ${parts.map((t) => `“${t.text}”`).join(' … ')} (${group.lemma}) has no counterpart in the translation, which has no verb ${modals.length > 0 ? 'after its modal' : 'at all'}.`,
      }),
    );
  }
  return findings;
}
