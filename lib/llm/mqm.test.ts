import { describe, expect, it } from 'vitest';
import { createLlmClient, LlmError } from './client';
import { annotateMqm, parseMqmAnswer, type MqmRequest } from './mqm';
import { useFakeLlm } from './testing/use-fake-llm';

const fakeLlm = useFakeLlm();

const SOURCE = 'Der Vertrag kann mit einer Frist von drei Monaten gekündigt werden.';
const TARGET = 'The contract can be terminated with a notice period of three weeks.';

function request(overrides: Partial<MqmRequest> = {}): MqmRequest {
  return {
    client: createLlmClient({ baseUrl: fakeLlm().url, model: 'test-model', timeoutMs: 2000 }),
    source: SOURCE,
    target: TARGET,
    sourceLang: 'de',
    targetLang: 'en-GB',
    ...overrides,
  };
}

const spanOf = (text: string, span: { start: number; end: number } | undefined) => text.slice(span!.start, span!.end);

describe('annotateMqm', () => {
  it('sends the model, temperature 0 and the segment in the last message, after a worked example', async () => {
    await annotateMqm(request());
    const [sent] = fakeLlm().requests;
    const body = sent!.body as { model: string; temperature: number; messages: { role: string; content: string }[] };
    expect(body.model).toBe('test-model');
    expect(body.temperature).toBe(0);
    expect(body.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(body.messages[0]!.content).toContain('accuracy/mistranslation');
    const last = body.messages[3]!.content;
    expect(last).toContain(`German source:\n\`\`\`\n${SOURCE}\n\`\`\``);
    expect(last).toContain(`English (UK) translation:\n\`\`\`\n${TARGET}\n\`\`\``);
    expect(JSON.parse(body.messages[2]!.content)).toHaveProperty('errors');
  });

  it('turns valid spans into findings at the right offsets, on the stated side', async () => {
    fakeLlm().answer(
      JSON.stringify({
        errors: [
          {
            span: 'three weeks',
            side: 'target',
            category: 'accuracy/mistranslation',
            severity: 'major',
            explanation: '„drei Monaten“ is three months.',
          },
          { span: 'mit einer Frist', side: 'source', category: 'Accuracy/Omission', severity: 'Minor', explanation: 'x' },
        ],
      }),
    );
    const { findings, warnings } = await annotateMqm(request());
    expect(warnings).toEqual([]);
    expect(findings).toHaveLength(2);
    const [wrong, missing] = findings;
    expect(wrong).toMatchObject({
      check: 'llm',
      category: 'accuracy/mistranslation',
      severity: 'major',
      side: 'target',
      sourceSpans: [],
      message: '„drei Monaten“ is three months.',
    });
    expect(wrong!.targetSpans).toEqual([{ start: TARGET.indexOf('three weeks'), end: TARGET.indexOf('three weeks') + 11 }]);
    expect(missing).toMatchObject({ category: 'accuracy/omission', severity: 'minor', side: 'source', targetSpans: [] });
    expect(spanOf(SOURCE, missing!.sourceSpans[0])).toBe('mit einer Frist');
  });

  it('asks nothing for an untranslated segment', async () => {
    expect(await annotateMqm(request({ target: '' }))).toEqual({ findings: [], warnings: [] });
    expect(fakeLlm().requests).toHaveLength(0);
  });

  it('passes server failures on as LlmErrors', async () => {
    fakeLlm().failNext(500, 'model crashed');
    const error = await annotateMqm(request()).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmError);
    expect((error as LlmError).code).toBe('unavailable');
  });
});

describe('parseMqmAnswer', () => {
  const error = (fields: Record<string, unknown>) => ({
    span: 'three weeks',
    side: 'target',
    category: 'accuracy/mistranslation',
    severity: 'major',
    explanation: 'Wrong period.',
    ...fields,
  });
  const parse = (errors: unknown[]) => parseMqmAnswer(JSON.stringify({ errors }), SOURCE, TARGET);

  it('drops hallucinated spans, spans on the wrong side, unknown categories and severities, with warnings', () => {
    const { findings, warnings } = parse([
      error({}),
      error({ span: 'four months' }),
      error({ span: 'three weeks', side: 'source' }),
      error({ category: 'style/awkward' }),
      error({ severity: 'catastrophic' }),
      { span: 'three weeks' },
    ]);
    expect(findings).toHaveLength(1);
    expect(warnings).toEqual([
      "1 of the language model's errors lacked a span, category or severity and were left out.",
      "2 of the language model's errors quoted text that is not in the segment and were left out.",
      "1 of the language model's errors had an unknown category and were left out.",
      "1 of the language model's errors had an unknown severity and were left out.",
    ]);
  });

  it('drops duplicates and gives a repeated span the next free occurrence', () => {
    const target = 'The the contract, the end.';
    const { findings } = parseMqmAnswer(
      JSON.stringify({
        errors: [
          error({ span: 'the', category: 'fluency/grammar', severity: 'minor' }),
          error({ span: 'the', category: 'fluency/grammar', severity: 'minor' }),
          error({ span: 'the', category: 'terminology', severity: 'minor' }),
        ],
      }),
      SOURCE,
      target,
    );
    expect(findings.map((f) => [f.category, f.targetSpans[0]!.start])).toEqual([
      ['fluency/grammar', 4],
      ['terminology', target.lastIndexOf('the')],
    ]);
  });

  it('reads answers wrapped in a code block, and "no-error" entries as nothing', () => {
    const fenced = '```json\n' + JSON.stringify({ errors: [error({})] }) + '\n```';
    expect(parseMqmAnswer(fenced, SOURCE, TARGET).findings).toHaveLength(1);
    expect(parse([{ span: '', category: 'no-error', severity: 'minor' }])).toEqual({ findings: [], warnings: [] });
  });

  it('turns malformed JSON into a warning and no findings', () => {
    for (const answer of ['{"errors": [{"span": "three weeks",', 'No errors found.', '{"mistakes": []}']) {
      expect(parseMqmAnswer(answer, SOURCE, TARGET)).toEqual({
        findings: [],
        warnings: ['The language model did not answer with the expected JSON, so it reported nothing.'],
      });
    }
  });
});
