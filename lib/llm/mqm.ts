/** MQM annotation by a language model (GEMBA-MQM style): the prompt, and a defensive reading of the answer into Findings. */
import { z } from 'zod';
import { CATEGORIES, SEVERITIES, type Category, type Finding, type Severity, type Span } from '../checks';
import { LANG_LABEL, type SourceLang, type TargetLang } from '../lang';
import type { ChatMessage, LlmClient } from './client';

export interface MqmRequest {
  client: LlmClient;
  source: string;
  target: string;
  sourceLang: SourceLang;
  targetLang: TargetLang;
  signal?: AbortSignal;
  timeoutMs?: number;
}

export interface MqmResult {
  findings: Finding[];
  /** What was wrong with the model's answer (unparseable, errors dropped), in plain words for the UI. */
  warnings: string[];
}

const CHECK = 'llm';

const CATEGORY_HELP: Record<Category, string> = {
  'accuracy/mistranslation': 'the translation says something different from the source',
  'accuracy/omission': 'content of the source is missing from the translation (mark the span in the source)',
  'accuracy/addition': 'the translation adds content that is not in the source',
  'accuracy/untranslated': 'source text was left untranslated',
  'fluency/grammar': 'grammar error in the translation',
  'fluency/spelling': 'spelling error in the translation',
  'fluency/punctuation': 'punctuation error in the translation',
  terminology: 'a term that is wrong for the subject or used inconsistently',
  'locale-convention': 'number, date, currency, unit or quotation-mark format wrong for the target locale',
  'source-quality': 'an error in the source text itself (mark the span in the source)',
};

const SYSTEM_PROMPT = [
  'You annotate errors in translations following MQM (Multidimensional Quality Metrics).',
  'Given a source segment and its translation, find the translation errors and classify each one.',
  '',
  'Categories:',
  ...CATEGORIES.map((c) => `- ${c}: ${CATEGORY_HELP[c]}`),
  '',
  'Severities:',
  '- critical: the error makes the text unusable or dangerously misleading',
  '- major: the error changes or obscures the meaning, but the text is still understandable',
  '- minor: a real error that does not hinder understanding',
  '',
  'Answer with one JSON object and nothing else:',
  '{"errors": [{"span": "...", "side": "target", "category": "...", "severity": "...", "explanation": "..."}]}',
  '- span: the erroneous words, copied exactly (same spelling, case and punctuation) from the translation,',
  '  or from the source when side is "source" (omissions and source errors).',
  '- side: "target" or "source".',
  '- explanation: one short sentence for the reviewer, naming the correct meaning or form.',
  'Keep spans as short as possible. Do not report stylistic preferences. If there are no errors, answer {"errors": []}.',
].join('\n');

const EXAMPLE = {
  source: 'Die Lieferung erfolgt in der Regel innerhalb von drei Werktagen nach Zahlungseingang.',
  target: 'Delivery takes place within three weeks after recieving payment.',
  answer: {
    errors: [
      {
        span: 'three weeks',
        side: 'target',
        category: 'accuracy/mistranslation',
        severity: 'major',
        explanation: '„drei Werktagen“ means three working days, not three weeks.',
      },
      {
        span: 'in der Regel',
        side: 'source',
        category: 'accuracy/omission',
        severity: 'minor',
        explanation: '„in der Regel“ (as a rule) is missing, so the translation promises more than the source.',
      },
      {
        span: 'recieving',
        side: 'target',
        category: 'fluency/spelling',
        severity: 'minor',
        explanation: 'Misspelled; the word is "receiving".',
      },
    ],
  },
};

function pairMessage(sourceLabel: string, targetLabel: string, source: string, target: string): string {
  return `${sourceLabel} source:\n\`\`\`\n${source}\n\`\`\`\n${targetLabel} translation:\n\`\`\`\n${target}\n\`\`\``;
}

/** The conversation sent to the model: instructions, one worked DE→EN example, then the segment. */
export function mqmMessages(source: string, target: string, sourceLang: SourceLang, targetLang: TargetLang): ChatMessage[] {
  return [
    { role: 'system', content: SYSTEM_PROMPT },
    { role: 'user', content: pairMessage('German', 'English', EXAMPLE.source, EXAMPLE.target) },
    { role: 'assistant', content: JSON.stringify(EXAMPLE.answer) },
    { role: 'user', content: pairMessage(LANG_LABEL[sourceLang], LANG_LABEL[targetLang], source, target) },
  ];
}

/** Asks the model for MQM errors in one segment. LlmErrors (server down, time-out, …) are thrown. */
export async function annotateMqm(request: MqmRequest): Promise<MqmResult> {
  const { client, source, target, sourceLang, targetLang, signal, timeoutMs } = request;
  if (source.trim() === '' || target.trim() === '') return { findings: [], warnings: [] };
  const answer = await client.chat(mqmMessages(source, target, sourceLang, targetLang), {
    ...(signal === undefined ? {} : { signal }),
    ...(timeoutMs === undefined ? {} : { timeoutMs }),
  });
  return parseMqmAnswer(answer, source, target);
}

const errorSchema = z.object({
  span: z.string(),
  side: z.string().optional(),
  category: z.string(),
  severity: z.string(),
  explanation: z.string().optional(),
});

type DropReason = 'malformed' | 'span' | 'category' | 'severity';

const DROP_WARNING: Record<DropReason, (n: number) => string> = {
  malformed: (n) => `${n} of the language model's errors lacked a span, category or severity and were left out.`,
  span: (n) => `${n} of the language model's errors quoted text that is not in the segment and were left out.`,
  category: (n) => `${n} of the language model's errors had an unknown category and were left out.`,
  severity: (n) => `${n} of the language model's errors had an unknown severity and were left out.`,
};

/**
 * Turns the model's answer into Findings. Models hallucinate spans, invent categories and repeat
 * themselves, so every error is checked on its own and only the ones that fit the segment are kept;
 * the rest are counted in `warnings`.
 */
export function parseMqmAnswer(answer: string, source: string, target: string): MqmResult {
  const raw = errorList(answer);
  if (raw === undefined) {
    return { findings: [], warnings: ['The language model did not answer with the expected JSON, so it reported nothing.'] };
  }

  const dropped: Record<DropReason, number> = { malformed: 0, span: 0, category: 0, severity: 0 };
  const seen = new Set<string>();
  const used = { source: new Set<number>(), target: new Set<number>() };
  const findings: Finding[] = [];
  for (const item of raw) {
    const parsed = errorSchema.safeParse(item);
    if (!parsed.success) {
      dropped.malformed++;
      continue;
    }
    const category = parsed.data.category.trim().toLowerCase().replace(/\s+/g, '');
    // GEMBA-style models mark a clean segment with a 'no-error' entry instead of an empty list.
    if (category === 'no-error' || category === 'none') continue;
    if (!isCategory(category)) {
      dropped.category++;
      continue;
    }
    const severity = parsed.data.severity.trim().toLowerCase();
    if (!isSeverity(severity)) {
      dropped.severity++;
      continue;
    }
    const side = parsed.data.side?.trim().toLowerCase() === 'source' ? 'source' : 'target';
    const span = parsed.data.span.trim();
    const text = side === 'source' ? source : target;
    if (span === '' || !text.includes(span)) {
      dropped.span++;
      continue;
    }
    const key = JSON.stringify([side, span, category]);
    if (seen.has(key)) continue;
    seen.add(key);

    const range = placeSpan(text, span, used[side]);
    const explanation = parsed.data.explanation?.trim() ?? '';
    findings.push({
      check: CHECK,
      category,
      severity,
      side,
      sourceSpans: side === 'source' ? [range] : [],
      targetSpans: side === 'target' ? [range] : [],
      message: explanation || `The language model marks „${span}“ as ${category} (${severity}).`,
    });
  }

  const warnings = (Object.keys(dropped) as DropReason[])
    .filter((reason) => dropped[reason] > 0)
    .map((reason) => DROP_WARNING[reason](dropped[reason]));
  return { findings, warnings };
}

/** The `errors` array of the answer, which may come wrapped in a Markdown code block or prose; undefined if there is none. */
function errorList(answer: string): unknown[] | undefined {
  const start = answer.indexOf('{');
  const end = answer.lastIndexOf('}');
  if (start < 0 || end < start) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(answer.slice(start, end + 1));
  } catch {
    return undefined;
  }
  const parsed = z.object({ errors: z.array(z.unknown()).nullable() }).safeParse(json);
  if (!parsed.success) return undefined;
  return parsed.data.errors ?? [];
}

/** The first occurrence of `span` not yet taken by another finding; the first one if all are taken (two errors in the same words). */
function placeSpan(text: string, span: string, used: Set<number>): Span {
  const first = text.indexOf(span);
  for (let at = first; at >= 0; at = text.indexOf(span, at + 1)) {
    if (!used.has(at)) {
      used.add(at);
      return { start: at, end: at + span.length };
    }
  }
  return { start: first, end: first + span.length };
}

function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value);
}

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}
