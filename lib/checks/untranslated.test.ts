import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellers } from './dictionaries';
import type { CheckContext } from './types';
import { untranslatedCheck } from './untranslated';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext) => untranslatedCheck({ id: 1, paragraph: 0, source, target }, ctx);

beforeAll(() => loadSpellers());

describe('untranslated', () => {
  it('finds a German word left in the English target, with its source span', () => {
    const source = 'Der Konzern kündigte eine engere Zusammenarbeit mit Leica an.';
    const target = 'The group announced a closer Zusammenarbeit with Leica.';
    const f = run(source, target, deEn);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      category: 'accuracy/untranslated',
      severity: 'major',
      targetSpans: [{ start: 29, end: 43 }],
      sourceSpans: [{ start: 33, end: 47 }],
    });
  });

  it('finds an English word left in the German target', () => {
    const f = run('The board approved the merger yesterday.', 'Der Vorstand hat die merger gestern genehmigt.', enDe);
    expect(f[0]?.message).toBe('“merger” is an English word left untranslated.');
    expect(f).toHaveLength(1);
    expect(f[0]?.targetSpans).toEqual([{ start: 21, end: 27 }]);
  });

  it('ignores names, cognates, numbers and glossary terms', () => {
    expect(run('Xiaomi setzt beim Marketing auf Smartphones mit Leica-Kameras.', 'Xiaomi relies on smartphones with Leica cameras for its marketing.', deEn)).toEqual([]);
    expect(run('The Snapdragon 8 Plus Gen 1 powers the phone.', 'Der Snapdragon 8 Plus Gen 1 treibt das Telefon an.', enDe)).toEqual([]);
    const glossary = [{ source: 'Mittelstand', target: 'Mittelstand', forbidden: [] }];
    expect(run('Der Mittelstand investiert.', 'The Mittelstand is investing.', { ...deEn, glossary })).toEqual([]);
  });

  it('flags a target identical to a source sentence as critical', () => {
    const f = run('Die Preise steigen weiter.', 'Die Preise steigen weiter.', deEn);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: 'critical', side: 'both' });
    expect(run('The prices keep rising.', 'The prices keep rising.', enDe)[0]?.severity).toBe('critical');
  });

  it('does not flag identical names-only segments, short ones or an empty target', () => {
    expect(run('Xiaomi Redmi Note 12', 'Xiaomi Redmi Note 12', deEn)).toEqual([]);
    expect(run('Hallo Welt', 'Hallo Welt', deEn).filter((f) => f.severity === 'critical')).toEqual([]);
    expect(run('Die Preise steigen.', '', deEn)).toEqual([]);
  });
});

describe('untranslated: names and shared words', () => {
  it('does not flag a German town name the English text keeps', () => {
    expect(run('Der Zug nach Rosenheim fiel aus.', 'The train to Rosenheim was cancelled.', deEn)).toEqual([]);
    expect(run('Die Messe in Landshut beginnt.', 'The fair in Landshut begins.', deEn)).toEqual([]);
  });

  it('does not flag a word the dictionary gives as its own English translation', () => {
    expect(run('Der Stadtrat von Bochum tagte.', 'The Bochum city council met.', deEn)).toEqual([]);
  });

  it('does not flag words of a multi-word company name', () => {
    expect(run('Die Bank erhöhte die Zinsen.', 'The Deutsche Bank raised its rates.', deEn)).toEqual([]);
  });

  it('still flags a German common noun left in the English text', () => {
    const f = run('Der Zug fiel am Wochenende aus.', 'The train was cancelled at the Wochenende.', deEn);
    expect(f).toHaveLength(1);
    expect(f[0]?.severity).toBe('major');
  });

  it('does not flag an English technical term German writes as a noun', () => {
    expect(run('The gardener watered the philodendron.', 'Der Gärtner goss den Philodendron.', enDe)).toEqual([]);
  });

  it('still flags an English word with a German translation left in the German text', () => {
    const f = run('The gardener watered the flowers.', 'Der Gärtner goss die Flowers.', enDe);
    expect(f).toHaveLength(1);
  });
});

describe('untranslated: what German technical prose copies', () => {
  it('does not flag commands, files, options and quoted values the translator must copy', () => {
    const source = 'Use apt-get with --force-yes to read sources.list(5); the default is "false".';
    const target = 'Verwenden Sie apt-get mit --force-yes, um sources.list(5) zu lesen; die Vorgabe ist »false«.';
    expect(run(source, target, enDe)).toEqual([]);
  });

  it('does not flag an English word before a German head of a hyphenated compound', () => {
    expect(run('Extract a particular control file.', 'Eine bestimmte control-Datei extrahieren.', enDe)).toEqual([]);
  });

  it('tells a borrowed noun (German capital) from a word left over (English spelling)', () => {
    const borrowed = run('See the unit file.', 'Siehe die Unit und ihre Datei.', enDe);
    expect(borrowed.map((f) => f.rule)).toEqual(['untranslated.loanword']);
    expect(run('See the unit file.', 'Siehe die unit und ihre Datei.', enDe).map((f) => f.rule)).toEqual(['untranslated.source-word']);
  });

  it('flags an English noun German has only with a capital, written in lower case', () => {
    const f = run('The files are removed.', 'Die files werden entfernt.', enDe);
    expect(f.map((x) => [x.rule, x.message])).toEqual([['untranslated.source-word', '“files” is an English word left untranslated.']]);
  });
});

describe('untranslated: names of commands and values in German prose', () => {
  it('does not flag a name after the noun naming its kind, or a list of foreign words', () => {
    expect(run('Use it with the call command.', 'Verwenden Sie es mit dem Befehl call.', enDe)).toEqual([]);
    expect(run('The levels are low, critical and emergency.', 'Die Stufen sind low, critical und emergency.', enDe)).toEqual([]);
  });

  it('still flags an English word among German words of a list', () => {
    expect(run('The files and folders are removed.', 'Die Dateien und folders werden entfernt.', enDe).map((f) => f.rule)).toEqual(['untranslated.source-word']);
  });
});
