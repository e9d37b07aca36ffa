/** Tense check: the main clauses of source and translation put the event in different times (past against present or future), from the shared analysis's verb groups. */
import { analyse, type Analysis, type VerbGroup } from '../analysis';
import type { BaseLang } from '../lang';
import { tenseTables } from './data';
import { ruleFinding } from './rules/catalogue';
import type { SegmentCheck, Span } from './types';

/** The time a verb group places its clause in; German Perfekt and English present perfect may stand for either. */
type Time = 'past' | 'present' | 'future' | 'perfect';

// The perfect's auxiliaries, and the English verbs whose simple past is their base form ("he read" may be either
// time): lib/checks/data/<lang>/tense.json.
const PERFECT_AUX = { de: new Set(tenseTables('de').perfectAuxiliaries), en: new Set(tenseTables('en').perfectAuxiliaries) };
const SAME_PAST = { de: new Set(tenseTables('de').samePast), en: new Set(tenseTables('en').samePast) };
const PASSIVE_PRESENT = { de: new Set(tenseTables('de').passivePresent), en: new Set(tenseTables('en').passivePresent) };
const PASSIVE_PAST = { de: new Set(tenseTables('de').passivePast), en: new Set(tenseTables('en').passivePast) };

/**
 * The time of a verb group, only where its form says it surely: a simple present or past (one finite verb), the
 * German Perfekt with „haben“, the English perfect with "have". Passives and „sein“ + participle („ist gesetzt“:
 * a state, or a Perfekt?) and „werden“ + participle (passive, not future) are left out: read wrongly, they made
 * most of the false alarms on correct pairs.
 */
function time(g: VerbGroup, a: Analysis, lang: BaseLang): Time | undefined {
  if (g.mood !== 'ind' || g.imperative || g.tense === 'none' || g.modal) return undefined;
  const words = g.tokens.map((i) => a.tokens[i]!.lower);
  if (g.passive) {
    // The passive with „werden“ and with "be" tells its time by the auxiliary: „wird/wurde geprüft“, "is/was checked".
    const aux = words[0]!;
    return PASSIVE_PRESENT[lang].has(aux) ? 'present' : PASSIVE_PAST[lang].has(aux) ? 'past' : undefined;
  }
  if (words.length === 1) {
    if (SAME_PAST[lang].has(words[0]!)) return undefined;
    return g.tense === 'past' ? 'past' : g.tense === 'present' ? 'present' : undefined;
  }
  if (lang === 'en') {
    if (words.length === 2 && PERFECT_AUX[lang].has(words[0]!) && a.tokens[g.main]!.morph.verbForm === 'ppast') return words[0] === 'had' ? 'past' : 'perfect';
    if (words[0] === 'will' && g.tense === 'future') return 'future';
    return undefined;
  }
  if (words.length === 2 && PERFECT_AUX[lang].has(words[0]!) && g.tense === 'perfect') return 'past';
  if (g.particle !== undefined && words.length === 2) return g.tense === 'past' ? 'past' : g.tense === 'present' ? 'present' : undefined;
  return undefined;
}

/** The times of the main clauses, with the verb groups that carry them. */
function mainTimes(text: string, lang: BaseLang): { times: Set<Time>; groups: VerbGroup[]; analysis: Analysis } {
  const analysis = analyse(text, lang);
  const times = new Set<Time>();
  const groups: VerbGroup[] = [];
  for (const g of analysis.verbGroups) {
    if (analysis.clauses[g.clause]?.kind !== 'main') continue;
    const t = time(g, analysis, lang);
    // One main clause of a form read unsurely (a passive, a participle that may be an adjective) leaves the time open.
    if (!t) return { times: new Set(), groups: [], analysis };
    times.add(t);
    groups.push(g);
  }
  return { times, groups, analysis };
}

const only = (set: Set<Time>, ...allowed: Time[]) => set.size > 0 && [...set].every((t) => allowed.includes(t));

function spans(groups: VerbGroup[], a: Analysis): Span[] {
  return groups.map((g) => ({ start: a.tokens[g.tokens[0]!]!.start, end: a.tokens[g.tokens[g.tokens.length - 1]!]!.end }));
}

const NAME: Record<Time, string> = { past: 'the past', present: 'the present', future: 'the future', perfect: 'the perfect' };

export const tenseCheck: SegmentCheck = (segment, ctx) => {
  if (!segment.source.trim() || !segment.target.trim() || ctx.sourceLang === ctx.targetLang) return [];
  const s = mainTimes(segment.source, ctx.sourceLang);
  const t = mainTimes(segment.target, ctx.targetLang);
  // Past against a translation with no past at all, or the other way round; present and future stand for each other
  // (German uses the present for the future), and a perfect may be either.
  let sourceTime: Time | undefined;
  let targetTime: Time | undefined;
  if (only(s.times, 'past') && only(t.times, 'present', 'future')) [sourceTime, targetTime] = ['past', [...t.times][0]!];
  else if (only(s.times, 'present', 'future') && only(t.times, 'past')) [sourceTime, targetTime] = [[...s.times][0]!, 'past'];
  if (!sourceTime || !targetTime) return [];
  return [
    ruleFinding('tense.changed', {
      side: 'both',
      sourceSpans: spans(s.groups, s.analysis),
      targetSpans: spans(t.groups, t.analysis),
      message: `The source speaks of ${NAME[sourceTime]}, the translation of ${NAME[targetTime]}: the tense changed.`,
    }),
  ];
};
