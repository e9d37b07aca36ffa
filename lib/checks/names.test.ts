import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellers } from './dictionaries';
import { namesCheck } from './names';
import type { CheckContext } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext) => namesCheck({ id: 1, paragraph: 0, source, target }, ctx);

beforeAll(() => loadSpellers());

describe('names', () => {
  it('flags a brand in the German source missing from the English translation', () => {
    const source = 'Das Kameramodul entwickelte Xiaomi zusammen mit Leica.';
    const f = run(source, 'Xiaomi developed the camera module together with its partner.', deEn);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'accuracy/mistranslation', severity: 'major', side: 'source', sourceSpans: [{ start: 48, end: 53 }] });
    expect(f[0]?.message).toBe('The name “Leica” is in the source but not in the translation.');
  });

  it('flags a person and a product missing in an English → German translation', () => {
    const f = run('Founder Lei Jun showed the new Xiaomi phone with a Snapdragon 8 Plus Gen 1 chip.', 'Der Gründer zeigte das neue Telefon mit einem Snapdragon-Chip.', enDe);
    expect(f.map((x) => x.message)).toEqual(['The name “Xiaomi” is in the source but not in the translation.']);
    const g = run('Founder Lei Jun showed the phone.', 'Gründer Lei zeigte das Telefon von Xiaomi.', enDe);
    expect(g.map((x) => x.message)).toEqual(['The name “Xiaomi” is in the translation but not in the source.']);
  });

  it('flags a German person name missing from the English translation', () => {
    const f = run('Firmengründer Lei Jun stellte das Gerät vor.', 'The company founder presented the device.', deEn);
    expect(f.map((x) => x.message)).toEqual(['The name “Lei Jun” is in the source but not in the translation.']);
  });

  it('flags a camel-case product name and an acronym', () => {
    expect(run('Das neue iPhone unterstützt 5G.', 'The new phone supports 5G.', deEn)).toHaveLength(1);
    expect(run('The XDA forum tested it.', 'Das Forum hat es getestet.', enDe)[0]?.message).toContain('XDA');
  });

  it('accepts genitives, hyphenated compounds and the same names in other forms', () => {
    expect(run('Xiaomis neues Smartphone nutzt Optik von Leica.', 'Xiaomi’s new smartphone uses Leica optics.', deEn)).toEqual([]);
    expect(run('The Xiaomi smartphone has a Leica lens.', 'Das Xiaomi-Smartphone hat ein Leica-Objektiv.', enDe)).toEqual([]);
    expect(run('Sony und Samsung liefern die Sensoren.', "Sony's and Samsung's sensors are used.", deEn)).toEqual([]);
    expect(run('Die KI von Google lernt schnell.', 'Google’s AI learns fast.', deEn)).toEqual([]);
  });

  it('does not take German nouns, sentence starts or translated place names for names', () => {
    expect(run('Der Hersteller verkaufte am Montag in Deutschland mehr Geräte.', 'The manufacturer sold more devices in Germany on Monday.', deEn)).toEqual([]);
    expect(run('Yesterday the Chancellor met workers in Munich.', 'Gestern traf der Kanzler Beschäftigte in München.', enDe)).toEqual([]);
  });

  it('leaves an unknown word that is one letter away from a German word to the spelling check', () => {
    expect(run('Der Herstellr verkaufte mehr.', 'The manufacturer sold more.', deEn)).toEqual([]);
  });

  it('returns nothing when the target is empty', () => {
    expect(run('Xiaomi arbeitet mit Leica.', '', deEn)).toEqual([]);
  });
});

describe('names: exonyms', () => {
  it('accepts the English form of a German place or person name, also inflected', () => {
    expect(run('Der Zug fährt von Köln nach München.', 'The train runs from Cologne to Munich.', deEn)).toEqual([]);
    expect(run('Die Seen Bayerns sind kalt.', 'The lakes of Bavaria are cold.', deEn)).toEqual([]);
    expect(run('Galileo built a telescope.', 'Galilei baute ein Fernrohr.', enDe)).toEqual([]);
  });

  it('still flags a different place', () => {
    const f = run('Newton built a telescope.', 'Galilei baute ein Fernrohr.', enDe);
    expect(f.map((x) => x.message)).toContain('The name “Galilei” is in the translation but not in the source.');
  });
});

describe('towns the German dictionary cannot mark as names', () => {
  const check = (source: string, target: string, ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] }) =>
    namesCheck({ id: 1, paragraph: 0, source, target }, ctx).map((f) => f.message);

  it('flags a town swapped for another, on both sides', () => {
    expect(check('Die Konferenz findet in Leipzig statt.', 'The conference takes place in Dresden.')).toEqual([
      'The name “Leipzig” is in the source but not in the translation.',
      'The name “Dresden” is in the translation but not in the source.',
    ]);
    expect(check('The conference takes place in Leipzig.', 'Die Konferenz findet in Dresden statt.', enDe)).toHaveLength(2);
    expect(check('The conference takes place in Leipzig.', 'Die Konferenz findet in Leipzig statt.', enDe)).toEqual([]);
  });

  it('knows German town and country names with an English form of their own', () => {
    expect(check('Die Züge nach München fallen aus.', 'Trains to Hamburg are cancelled.')).toEqual([
      'The name “München” is in the source but not in the translation.',
    ]);
    expect(check('Die Züge nach München fallen aus.', 'Trains to Munich are cancelled.')).toEqual([]);
    expect(check('Die Polen wählen im Herbst.', 'The Poles vote in autumn.')).toEqual([]);
  });

  it('reads a word that is also a German noun as the noun after an article, and accepts derived forms', () => {
    expect(check('Das Essen war gut.', 'The food was good.')).toEqual([]);
    expect(check('Beim Essen sprach er über Aachen.', 'Over dinner he talked about Aachen.')).toEqual([]);
    expect(check('Wir fahren morgen nach Essen.', 'We are driving to Essen tomorrow.')).toEqual([]);
    expect(check('Adrenalin steigert den Puls.', 'Adrenaline raises the pulse.')).toEqual([]);
  });
});

describe('names: technical prose', () => {
  it('does not take German common nouns the analysis lexicon knows or guesses for names', () => {
    expect(run('Die Hashlänge, die Dekomprimierung und die Verklemmungen.', 'The hash length, the decompression and the deadlocks.', deEn)).toEqual([]);
  });

  it('reads translated placeholders, size units in either prefix, acronym plurals and borrowed words as present', () => {
    expect(run('DATEI1 ist neuer als DATEI2.', 'FILE1 is newer than FILE2.', deEn)).toEqual([]);
    expect(run('Die Größe in kB.', 'The size in KiB.', deEn)).toEqual([]);
    expect(run('Die CRC-Prüfungen.', 'The CRCs.', deEn)).toEqual([]);
    expect(run('Die Capabilitys des Threads.', 'The capabilities of the thread.', deEn)).toEqual([]);
  });

  it('still finds an acronym whose plural is left out beside its singular', () => {
    const f = run('Auf FIFOs, außer der FIFO gehört dem Eigentümer.', 'On that, unless the FIFO is owned by the owner.', deEn);
    expect(f.map((x) => x.message)).toEqual(['The name “FIFOs” is in the source but not in the translation.']);
  });
});
