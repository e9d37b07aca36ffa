import { describe, expect, it } from 'vitest';
import { engineFailure } from './testing/engine-failure';
import { createDeepLEngine } from './deepl';
import { roundTrip, type RoundTripRequest } from './roundtrip';
import { useFakeDeepL } from './testing/use-fake-deepl';

const fakeDeepL = useFakeDeepL();

const SOURCE = 'Wir planen langfristig und investieren in neue Maschinen.';

function request(overrides: Partial<RoundTripRequest> = {}): RoundTripRequest {
  return {
    engine: createDeepLEngine({ authKey: 'test-key', serverUrl: fakeDeepL().url, maxRetries: 0 }),
    source: SOURCE,
    target: 'We are planning for the short term and investing in new machines.',
    sourceLang: 'de',
    targetLang: 'en-US',
    ...overrides,
  };
}

/** The back-translation the fake returns for every text. */
function backTranslatesAs(text: string): void {
  fakeDeepL().setTranslator(() => text);
}

describe('roundTrip', () => {
  it('back-translates the target into the source language, with the target-side context', async () => {
    backTranslatesAs(SOURCE);
    const result = await roundTrip(request({ context: 'The board met on Monday.' }));
    expect(fakeDeepL().requests).toHaveLength(1);
    expect(fakeDeepL().requests[0]).toMatchObject({
      texts: ['We are planning for the short term and investing in new machines.'],
      sourceLang: 'en',
      targetLang: 'de',
      context: 'The board met on Monday.',
    });
    expect(result).toEqual({ backTranslation: SOURCE, diff: [{ kind: 'equal', text: SOURCE }], findings: [] });
  });

  it('back-translates EN→DE documents into English (US unless told otherwise)', async () => {
    backTranslatesAs('Hello.');
    const en = { source: 'Hello.', target: 'Hallo.', sourceLang: 'en', targetLang: 'de' } as const;
    await roundTrip(request(en));
    await roundTrip(request({ ...en, englishVariant: 'en-GB' }));
    expect(fakeDeepL().requests.map((r) => [r.sourceLang, r.targetLang])).toEqual([
      ['de', 'en-US'],
      ['de', 'en-GB'],
    ]);
  });

  it('flags the source word that came back as a different one, at its offsets', async () => {
    backTranslatesAs('Wir planen kurzfristig und investieren in neue Maschinen.');
    const { findings, diff } = await roundTrip(request());
    expect(diff).toContainEqual({ kind: 'delete', text: 'langfristig' });
    expect(findings).toHaveLength(1);
    const [finding] = findings;
    expect(finding).toMatchObject({
      check: 'round-trip',
      category: 'accuracy/mistranslation',
      severity: 'minor',
      side: 'source',
      targetSpans: [],
      message: 'Back-translation differs here: „langfristig“ came back as „kurzfristig“.',
    });
    const span = finding!.sourceSpans[0]!;
    expect(SOURCE.slice(span.start, span.end)).toBe('langfristig');
  });

  it('ignores inflection, case, punctuation, word order and function words', async () => {
    backTranslatesAs('In neuen Maschinen investieren wir, und wir Planen langfristige!');
    const { findings, diff } = await roundTrip(request());
    expect(diff.some((p) => p.kind !== 'equal')).toBe(true);
    expect(findings).toEqual([]);
  });

  it('grades a change of several content words as major', async () => {
    backTranslatesAs('Wir verkaufen morgen alle alten Fahrzeuge.');
    const { findings } = await roundTrip(request());
    expect(findings.length).toBeGreaterThan(0);
    expect(findings.every((f) => f.severity === 'major')).toBe(true);
    const words = findings.flatMap((f) => f.sourceSpans.map((s) => SOURCE.slice(s.start, s.end)));
    expect(words.join(' ')).toContain('planen');
    expect(words.join(' ')).toContain('Maschinen');
  });

  it('reports words missing from the back-translation and words it adds', async () => {
    const source = 'Das Angebot ist bis Freitag gültig.';
    backTranslatesAs('Das Angebot ist gültig.');
    const missing = await roundTrip(request({ source }));
    expect(missing.findings).toHaveLength(1);
    expect(missing.findings[0]!.message).toBe(
      'Back-translation differs here: „Freitag“ did not come back; the translation may leave it out.',
    );

    backTranslatesAs('Das Angebot ist bis Freitag nicht gültig.');
    const added = await roundTrip(request({ source }));
    expect(added.findings).toHaveLength(1);
    expect(added.findings[0]).toMatchObject({
      sourceSpans: [],
      message:
        'Back-translation differs here: „nicht“ came back although the source has nothing for it; the translation may add it.',
    });
  });

  it('asks nothing when there is no target yet', async () => {
    expect(await roundTrip(request({ target: ' ' }))).toEqual({ backTranslation: '', diff: [], findings: [] });
    expect(fakeDeepL().requests).toHaveLength(0);
  });

  it('passes an engine failure on as an EngineError', async () => {
    fakeDeepL().failNext(456);
    const error = await engineFailure(roundTrip(request()));
    expect(error.code).toBe('quota');
  });
});
