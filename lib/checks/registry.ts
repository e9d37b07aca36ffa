/** The check suite: every check with its id and family, per-project settings, and running them over segments and documents. */
import { createHash, type Hash } from 'node:crypto';
import { consistencyCheck } from './consistency';
import { coverageCheck } from './coverage';
import { garbledSourceCheck } from './garbled';
import { glossaryCheck } from './glossary';
import { lengthCheck } from './length';
import { meaningCheck } from './meaning';
import { namesCheck } from './names';
import { numbersCheck } from './numbers';
import { pronounsCheck } from './pronouns';
import { punctuationCheck } from './punctuation';
import { ruleById } from './rules/catalogue';
import { spellingCheck } from './spelling';
import { tenseCheck } from './tense';
import { trapsCheck } from './traps';
import type { CheckContext, DocumentCheck, Finding, SegmentCheck, SegmentInput, Severity } from './types';
import { untranslatedCheck } from './untranslated';
import { whitespaceCheck } from './whitespace';

export interface CheckDefinition {
  id: string;
  label: string;
  description: string;
  run: { kind: 'segment'; check: SegmentCheck } | { kind: 'document'; check: DocumentCheck };
}

export const CHECKS: readonly CheckDefinition[] = [
  { id: 'numbers', label: 'Numbers, dates, units', description: 'Every number, date and unit in the source appears in the target, in the target locale’s form.', run: { kind: 'segment', check: numbersCheck } },
  { id: 'names', label: 'Names and products', description: 'Brands, people and products are kept on both sides.', run: { kind: 'segment', check: namesCheck } },
  { id: 'untranslated', label: 'Untranslated words', description: 'Source-language words left in the translation.', run: { kind: 'segment', check: untranslatedCheck } },
  { id: 'coverage', label: 'Omission and addition', description: 'Content words with no counterpart on the other side, by a German–English dictionary.', run: { kind: 'segment', check: coverageCheck } },
  { id: 'punctuation', label: 'Punctuation and typography', description: 'Unbalanced quotes and brackets, final punctuation, doubled words and spaces, English a/an.', run: { kind: 'segment', check: punctuationCheck } },
  { id: 'whitespace', label: 'Whitespace and line breaks', description: 'Spaces and line breaks at the ends and line breaks inside the text as in the source, where the format keeps them (XLIFF xml:space="preserve", PO).', run: { kind: 'segment', check: whitespaceCheck } },
  { id: 'length', label: 'Length ratio', description: 'Translations much shorter or longer than the language pair suggests.', run: { kind: 'segment', check: lengthCheck } },
  { id: 'spelling', label: 'Spelling', description: 'Misspelled words in source and target (Hunspell dictionaries).', run: { kind: 'segment', check: spellingCheck } },
  { id: 'garbled-source', label: 'Garbled source', description: 'Broken German sentence structure: words after the clause-final verb, capitalised function words, fragments.', run: { kind: 'segment', check: garbledSourceCheck } },
  { id: 'traps', label: 'German–English traps', description: 'Lost or added negation, the opposite meaning („sank“ → "rose"), „müssen nicht“, false friends, dropped verb particles, Sie/du.', run: { kind: 'segment', check: trapsCheck } },
  { id: 'meaning', label: 'Opposite, too general, too specific', description: 'A translated word that is the opposite of the source word, or more general or more specific than it (WordNet relations through the dictionary).', run: { kind: 'segment', check: meaningCheck } },
  { id: 'tense', label: 'Tense', description: 'The translation moves the event to another time (past against present or future), by the verb groups of the main clauses.', run: { kind: 'segment', check: tenseCheck } },
  { id: 'pronouns', label: 'Pronoun gender', description: 'A person referred to as "he" where the source says „sie“, or the other way round.', run: { kind: 'segment', check: pronounsCheck } },
  { id: 'glossary', label: 'Glossary', description: 'Required and forbidden renderings from the project glossary.', run: { kind: 'segment', check: glossaryCheck } },
  { id: 'consistency', label: 'Consistency', description: 'The same source translated differently, contradicting descriptions of one thing.', run: { kind: 'document', check: consistencyCheck } },
];

/** Per check family id and per rule id (`family.name`): on/off and a severity that overrides the default. A rule's own entry wins over its family's severity. */
export type CheckSettings = Record<string, { enabled: boolean; severity?: Severity }>;

export function defaultSettings(): CheckSettings {
  return Object.fromEntries(CHECKS.map((c) => [c.id, { enabled: true }]));
}

function enabled(settings: CheckSettings | undefined, id: string) {
  return settings?.[id]?.enabled ?? true;
}

/**
 * The most findings one check keeps for one segment: past that a reviewer learns nothing new, and a hostile text
 * (tens of thousands of unclosed quotes) made the findings stored, hashed and sent grow without bound.
 */
export const MAX_FINDINGS_PER_CHECK = 100;

/** Whether a rule runs: the project's choice, else the catalogue's default; findings of no catalogued rule always do. */
function ruleEnabled(settings: CheckSettings | undefined, rule: string | undefined): boolean {
  if (rule === undefined) return true;
  return settings?.[rule]?.enabled ?? ruleById(rule)?.enabled ?? true;
}

/**
 * Findings carry the registry id of their check (filters and settings use it) and the project's severity override,
 * the rule's before the family's; findings of a rule turned off are dropped.
 */
function normalise(findings: Finding[], settings: CheckSettings | undefined, id: string): Finding[] {
  const familySeverity = settings?.[id]?.severity;
  const out: Finding[] = [];
  for (const f of findings) {
    if (out.length === MAX_FINDINGS_PER_CHECK) break;
    if (!ruleEnabled(settings, f.rule)) continue;
    const severity = (f.rule ? settings?.[f.rule]?.severity : undefined) ?? familySeverity;
    out.push({ ...f, check: id, ...(severity ? { severity } : {}) });
  }
  return out;
}

/** Findings of the per-segment checks for one segment. */
export function checkSegment(segment: SegmentInput, ctx: CheckContext, settings?: CheckSettings): Finding[] {
  const out: Finding[] = [];
  for (const def of CHECKS) {
    if (def.run.kind !== 'segment' || !enabled(settings, def.id)) continue;
    out.push(...normalise(def.run.check(segment, ctx), settings, def.id));
  }
  return out;
}

/** Findings of the whole-document checks, by segment id. */
export function checkDocumentLevel(segments: SegmentInput[], ctx: CheckContext, settings?: CheckSettings): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>();
  for (const def of CHECKS) {
    if (def.run.kind !== 'document' || !enabled(settings, def.id)) continue;
    for (const [id, findings] of def.run.check(segments, ctx)) {
      out.set(id, [...(out.get(id) ?? []), ...normalise(findings, settings, def.id)]);
    }
  }
  return out;
}

/** Every finding for every segment of a document. */
export function checkDocument(segments: SegmentInput[], ctx: CheckContext, settings?: CheckSettings): Map<number, Finding[]> {
  const out = new Map<number, Finding[]>(segments.map((s) => [s.id, []]));
  // One check over every segment, then the next: each check's word tables stay in the processor's caches
  // (segment by segment, the eleven checks' tables evict each other; measured 1.3–1.6× slower).
  for (const def of CHECKS) {
    if (def.run.kind !== 'segment' || !enabled(settings, def.id)) continue;
    for (const s of segments) {
      const found = def.run.check(s, ctx);
      if (found.length > 0) out.get(s.id)!.push(...normalise(found, settings, def.id));
    }
  }
  for (const [id, findings] of checkDocumentLevel(segments, ctx, settings)) out.get(id)?.push(...findings);
  return out;
}

let warmedUp = false;

/**
 * Loads the spelling dictionaries, the lexicon and the word lists once, so that the first save or import
 * after a start does not wait for them (seconds on a slow machine). Cheap when they are loaded already.
 */
export function warmUp(): void {
  if (warmedUp) return;
  warmedUp = true;
  const pair: SegmentInput = { id: 0, paragraph: 0, source: 'Die Zusammenarbeit beginnt am 1. Juli.', target: 'The cooperation starts on 1 July.' };
  checkSegment(pair, { sourceLang: 'de', targetLang: 'en', glossary: [] });
  checkSegment({ ...pair, source: pair.target, target: pair.source }, { sourceLang: 'en', targetLang: 'de', glossary: [] });
}

/** The MQM-style weights the segment risk once summed; the baseline scripts/train-risk.ts measures the risk model (./risk) against. */
export const SEVERITY_WEIGHT: Record<Severity, number> = { minor: 1, major: 5, critical: 10 };


// A span this long is named by its position (the texts are hashed whole anyway): nested quotations' spans
// hold nearly the whole text each, and hashing their text made a segment of many such findings quadratic.
const MAX_HASHED_SPAN = 256;

/** Per segment and check, the hash of the parts every finding shares, so each finding hashes only its spans. */
const prefixes = new WeakMap<Pick<SegmentInput, 'source' | 'target'>, Map<string, Hash>>();

/**
 * A stable identity for a finding on a given text: the same finding on unchanged text has the same
 * fingerprint, so a dismissal keeps holding; an edit of either side makes it a new finding.
 */
export function fingerprint(finding: Finding, segment: Pick<SegmentInput, 'source' | 'target'>): string {
  const spans = (side: 'source' | 'target') => {
    const text = side === 'source' ? segment.source : segment.target;
    return (side === 'source' ? finding.sourceSpans : finding.targetSpans)
      .map((s) => (s.end - s.start > MAX_HASHED_SPAN ? `@${s.start}-${s.end}` : text.slice(s.start, s.end)))
      .join('|');
  };
  let bySegment = prefixes.get(segment);
  if (!bySegment) prefixes.set(segment, (bySegment = new Map()));
  const key = `${finding.check}\u0000${finding.category}`;
  let prefix = bySegment.get(key);
  if (!prefix) {
    // The same bytes as hashing the whole joined list at once: check, category, source, target, then the spans.
    prefix = createHash('sha256').update([finding.check, finding.category, segment.source, segment.target, ''].join('\u0000'));
    bySegment.set(key, prefix);
  }
  return prefix
    .copy()
    .update([spans('source'), spans('target')].join('\u0000'))
    .digest('hex')
    .slice(0, 32);
}
