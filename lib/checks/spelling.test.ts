import { beforeAll, describe, expect, it } from 'vitest';
import { loadSpellers, suggestions } from './dictionaries';
import { lengthCheck } from './length';
import { namesCheck } from './names';
import { punctuationCheck } from './punctuation';
import { spellingCheck } from './spelling';
import type { CheckContext } from './types';
import { untranslatedCheck } from './untranslated';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext) => spellingCheck({ id: 1, paragraph: 0, source, target }, ctx);

beforeAll(() => {
  loadSpellers();
});

const germanNews = [
  'Der chinesische Smartphonehersteller Xiaomi hat am Dienstag in Peking seine Quartalszahlen vorgelegt.',
  'Der Umsatz stieg im Jahresvergleich um zwölf Prozent auf rund 76 Milliarden Yuan.',
  'Firmengründer Lei Jun führte das Wachstum vor allem auf die Nachfrage nach Oberklassemodellen zurück.',
  'Die Kameramodule der neuen Geräte entwickelt das Unternehmen weiterhin gemeinsam mit Leica.',
  'Im Flaggschiffmodell arbeitet ein Snapdragon 8 Plus Gen 1, der laut Unternehmenssprecher deutlich weniger Strom verbraucht.',
  'Wegen anhaltender Lieferkettenprobleme rechnet der Vorstand für das laufende Geschäftsjahr jedoch mit einem schwächeren Absatz in Europa.',
];
const englishNews = [
  'Chinese smartphone maker Xiaomi presented its quarterly figures in Beijing on Tuesday.',
  'Revenue rose twelve percent year on year to around 76 billion yuan.',
  'Founder Lei Jun attributed the growth mainly to demand for high-end models.',
  'The company continues to develop the camera modules of its new devices together with Leica.',
  'The flagship model runs on a Snapdragon 8 Plus Gen 1, which according to a company spokesperson uses much less power.',
  'Because of ongoing supply chain problems, however, the board expects weaker sales in Europe for the current financial year.',
];

describe('spelling: correct text', () => {
  it('finds nothing in a correct German news paragraph, alone or as source or target', () => {
    for (const [i, de] of germanNews.entries()) {
      const en = englishNews[i] ?? '';
      expect(run(de, '', deEn)).toEqual([]);
      expect(run(de, en, deEn)).toEqual([]);
      expect(run(en, de, enDe)).toEqual([]);
      expect(namesCheck({ id: i, paragraph: 0, source: de, target: en }, deEn)).toEqual([]);
      expect(namesCheck({ id: i, paragraph: 0, source: en, target: de }, enDe)).toEqual([]);
    }
  });

  it('accepts British spellings, URLs, acronyms, numbers and glossary terms', () => {
    expect(run('Die Farbe des Zentrums.', 'The colour of the centre was analysed.', deEn)).toEqual([]);
    expect(run('Details unter https://example.com/Bericht2023 und bei der EZB.', 'Details at https://example.com/Bericht2023 and at the ECB.', deEn)).toEqual([]);
    const glossary = [{ source: 'Kundenportl', target: 'customer portl', forbidden: [] }];
    expect(run('Das Kundenportl ist neu.', 'The customer portl is new.', { ...deEn, glossary })).toEqual([]);
  });
});

describe('spelling: flags', () => {
  it('flags a misspelled English word in the target, its suggestions left for when the finding is opened', () => {
    const f = run('Wir erhalten die Ware.', 'We recieve the goods.', deEn);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'fluency/spelling', severity: 'minor', side: 'target', targetSpans: [{ start: 3, end: 10 }] });
    expect(f[0]?.fix).toBeUndefined();
    expect(suggestions('en', 'recieve')[0]).toBe('receive');
  });

  it('leaves an unknown word alone that both sides carry: a botanical or product name, not a typo', () => {
    expect(run('The philodendron bipinnatifidum grows fast.', 'Der Philodendron bipinnatifidum wächst schnell.', enDe)).toEqual([]);
    expect(run('Die Sorte tomatillo braucht viel Sonne.', 'The tomatillo variety needs a lot of sun.', deEn)).toEqual([]);
    // Only verbatim: a different misspelling on each side is still two findings.
    expect(run('The compnay grows.', 'Die Fimra wächst.', enDe)).toHaveLength(2);
  });

  it('flags a misspelled German word in the target and in the source', () => {
    const target = run('The manufacturer grew.', 'Der Hersteler wuchs.', enDe);
    expect(target).toHaveLength(1);
    expect(suggestions('de', 'Hersteler')[0]).toBe('Hersteller');
    const source = run('Die Firma wächst scnell.', 'The company is growing fast.', deEn);
    expect(source).toHaveLength(1);
    expect(source[0]).toMatchObject({ category: 'source-quality', side: 'source', sourceSpans: [{ start: 17, end: 23 }] });
    expect(run('The compnay grows.', 'Die Firma wächst.', enDe)[0]?.category).toBe('source-quality');
  });

  it('flags a misspelled word at the start of an English sentence', () => {
    expect(run('Die Firma wächst.', 'Teh company grows.', deEn)[0]?.targetSpans).toEqual([{ start: 0, end: 3 }]);
  });
});

describe('a correct document', () => {
  it('gives no findings from any of the five checks on correct news text', () => {
    const checks = [punctuationCheck, lengthCheck, untranslatedCheck, namesCheck, spellingCheck];
    const findings = germanNews.flatMap((source, i) =>
      checks.flatMap((check) => check({ id: i, paragraph: i, source, target: englishNews[i] ?? '' }, deEn)),
    );
    expect(findings).toEqual([]);
  });
});

describe('spelling: inflection, British spelling and prefixes', () => {
  it('accepts inflected and compared German adjectives the dictionary lists only in their base form', () => {
    expect(run('The young dogs ran far.', 'Die junge Hündin lief eine weite Strecke mit rundem Stock.', enDe)).toEqual([]);
    expect(run('The cheaper offer won.', 'Das günstigere Angebot und die jüngeren Kunden gewannen.', enDe)).toEqual([]);
  });

  it('still flags a misspelled inflected German adjective', () => {
    const f = run('The long road.', 'Die lnage Straße.', enDe);
    expect(f).toHaveLength(1);
    expect(f[0]?.targetSpans).toEqual([{ start: 4, end: 9 }]);
  });

  it('accepts British spellings', () => {
    expect(run('Die Läden im Zentrum verkaufen Schmuck.', 'The shops in the centre sell jewellery by the metre and the litre.', deEn)).toEqual([]);
    expect(run('Die Reifen sind grau.', 'The tyres are grey.', deEn)).toEqual([]);
  });

  it('still flags a misspelled British word', () => {
    const f = run('Er maß zwei Meter.', 'He measured two metrse.', deEn);
    expect(f).toHaveLength(1);
  });

  it('does not flag a hyphenated prefix on its own', () => {
    expect(run('Der Gewinn nach Steuern stieg.', 'Post-tax profit rose, as did the pre-season sales.', deEn)).toEqual([]);
    expect(run('The ex-minister spoke.', 'Der Ex-Minister sprach.', enDe)).toEqual([]);
  });

  it('still flags a misspelled word after a prefix', () => {
    const f = run('Der Gewinn vor Steuern stieg.', 'Pre-tx profit rose.', deEn);
    expect(f.map((x) => x.targetSpans)).toEqual([[{ start: 4, end: 6 }]]);
  });
});

describe('spelling: technical prose', () => {
  it('accepts English compounds and prefixed words written closed up', () => {
    expect(run('Der Namensraum des Dateisystems.', 'The namespace of the filesystem and its subdirectories; unmount it.', deEn)).toEqual([]);
  });

  it('still flags a typo that happens to split into two words, being one edit from a word', () => {
    expect(run('Die Datei ist verfügbar.', 'The file is availbale.', deEn).map((f) => f.message)).toEqual(['“availbale” is not in the English dictionary; it may be misspelled.']);
  });

  it('leaves file names, options and identifiers alone', () => {
    expect(run('Siehe sources.lst(5) und --verbse.', 'See sources.lst(5) and --verbse for CAP_SYS_TIMEE.', deEn)).toEqual([]);
  });

  it('accepts German forms the analysis lexicon knows and an ordinal after a variable, not a noun in lower case', () => {
    expect(run('Der Prozess sucht die N-ten Einträge und macht Schluss.', 'The process looks for the N-th entries.', deEn)).toEqual([]);
    expect(run('Das haus ist groß.', 'The house is big.', deEn).map((f) => f.sourceSpans)).toEqual([[{ start: 4, end: 8 }]]);
  });
});
