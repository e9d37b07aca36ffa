/** Tense check: the main clauses of source and translation put the event in different times (past against present or future), from the shared analysis's verb groups. */
import { analyse, type Analysis, type VerbGroup } from '../analysis';
import type { BaseLang } from '../lang';
import type { Finding, SegmentCheck, Span } from './types';

const CHECK = 'tense';
/** The time a verb group places its clause in; German Perfekt and English present perfect may stand for either. */
type Time = 'past' | 'present' | 'future' | 'perfect';

const EN_PERFECT_AUX = new Set(['has', 'have', 'had', "'ve", '’ve']);
// The closed class of English verbs whose simple past is their base form: "he read" may be either time.
const EN_SAME_PAST = new Set(
  'read put set cut let hit cost shut spread bet bid burst cast fit hurt quit rid shed split thrust upset broadcast forecast input output reset preset'.split(' '),
);

function time(g: VerbGroup, a: Analysis, lang: BaseLang): Time | undefined {
  if (g.mood !== 'ind' || g.imperative || g.tense === 'none') return undefined;
  // "has read": the analysis may read an irregular participle as present; an auxiliary "have" with more words is perfect.
  if (lang === 'en' && g.tokens.length > 1 && g.tokens.some((i) => EN_PERFECT_AUX.has(a.tokens[i]!.lower))) return g.tense === 'pluperfect' ? 'past' : 'perfect';
  if (lang === 'en' && g.tokens.length === 1 && EN_SAME_PAST.has(a.tokens[g.tokens[0]!]!.lower)) return undefined;
  switch (g.tense) {
    case 'past':
    case 'pluperfect':
      return 'past';
    case 'perfect':
      // Written German uses the Perfekt for the simple past; English present perfect reaches into the present.
      return lang === 'de' ? 'past' : 'perfect';
    case 'present':
      return 'present';
    case 'future':
    case 'future-perfect':
      return 'future';
    default:
      return undefined;
  }
}

/** The times of the main clauses, with the verb groups that carry them. */
function mainTimes(text: string, lang: BaseLang): { times: Set<Time>; groups: VerbGroup[]; analysis: Analysis } {
  const analysis = analyse(text, lang);
  const times = new Set<Time>();
  const groups: VerbGroup[] = [];
  for (const g of analysis.verbGroups) {
    if (analysis.clauses[g.clause]?.kind !== 'main') continue;
    const t = time(g, analysis, lang);
    if (!t) continue;
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
  const finding: Finding = {
    check: CHECK,
    category: 'accuracy/mistranslation',
    severity: 'major',
    side: 'both',
    sourceSpans: spans(s.groups, s.analysis),
    targetSpans: spans(t.groups, t.analysis),
    message: `The source speaks of ${NAME[sourceTime]}, the translation of ${NAME[targetTime]}: the tense changed.`,
    rule: 'tense',
  };
  return [finding];
};
