/** Every rule of every check family, read from the catalogue files in ./data and validated once at load. */
import type { Finding, Fix, Severity, Side, Span } from '../types';
import consistency from './data/consistency.json';
import coverage from './data/coverage.json';
import garbledSource from './data/garbled-source.json';
import glossary from './data/glossary.json';
import length from './data/length.json';
import meaning from './data/meaning.json';
import names from './data/names.json';
import numbers from './data/numbers.json';
import pronouns from './data/pronouns.json';
import punctuation from './data/punctuation.json';
import spelling from './data/spelling.json';
import tense from './data/tense.json';
import traps from './data/traps.json';
import untranslated from './data/untranslated.json';
import whitespace from './data/whitespace.json';
import { catalogueSchema, type Catalogue, type Rule } from './schema';

const FILES: Record<string, unknown> = {
  consistency, coverage, 'garbled-source': garbledSource, glossary, length, meaning, names, numbers, pronouns, punctuation, spelling, tense, traps, untranslated, whitespace,
};

function load(): Catalogue[] {
  return Object.entries(FILES).map(([name, data]) => {
    const parsed = catalogueSchema.safeParse(data);
    if (!parsed.success) throw new Error(`lib/checks/rules/data/${name}.json: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    const { family, rules } = parsed.data;
    if (family !== name) throw new Error(`lib/checks/rules/data/${name}.json holds family "${family}"; the file is named after its family.`);
    const foreign = rules.find((r) => !r.id.startsWith(`${family}.`));
    if (foreign) throw new Error(`Rule ${foreign.id} in ${name}.json does not belong to the family ${family}.`);
    return parsed.data;
  });
}

/** The catalogues, one per family. */
export const CATALOGUES: readonly Catalogue[] = load();

const BY_ID = new Map<string, Rule>(CATALOGUES.flatMap((c) => c.rules.map((r) => [r.id, r] as const)));
if (BY_ID.size !== CATALOGUES.reduce((n, c) => n + c.rules.length, 0)) throw new Error('Two rules of the catalogue share an id.');

/** The rule with this id, if the catalogue has it. */
export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The rules of one check family, in catalogue order; none for a family not yet described by rules. */
export function rulesOf(family: string): readonly Rule[] {
  return CATALOGUES.find((c) => c.family === family)?.rules ?? [];
}

export interface RuleFindingParts {
  /** Where the finding is; by default, the sides that have spans. */
  side?: Side;
  sourceSpans: Span[];
  targetSpans: Span[];
  message: string;
  fix?: Fix;
  /** For the rules whose check grades its findings (a length ratio far off is critical): else the rule's default. */
  severity?: Severity;
}

/** A finding of a rule: its family, category and default severity come from the catalogue. */
export function ruleFinding(id: string, parts: RuleFindingParts): Finding {
  const rule = BY_ID.get(id);
  if (!rule) throw new Error(`Unknown rule ${id}: add it to lib/checks/rules/data.`);
  const { fix, severity, side, ...rest } = parts;
  const spansSide: Side = rest.sourceSpans.length && rest.targetSpans.length ? 'both' : rest.sourceSpans.length ? 'source' : 'target';
  return {
    check: id.slice(0, id.indexOf('.')),
    rule: id,
    category: rule.category,
    severity: severity ?? rule.severity,
    side: side ?? spansSide,
    ...rest,
    ...(fix ? { fix } : {}),
  };
}
