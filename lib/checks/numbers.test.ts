import { describe, expect, it } from 'vitest';
import { SCAN, numbersCheck, tokenise } from './numbers';
import type { CheckContext, Finding } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };

function run(source: string, target: string, ctx: CheckContext = DE_EN): Finding[] {
  return numbersCheck({ id: 1, paragraph: 0, source, target }, ctx);
}
/** The target with the finding's fix applied. */
function applyFix(target: string, f: Finding | undefined): string {
  if (!f?.fix) throw new Error('no fix');
  return target.slice(0, f.fix.span.start) + f.fix.replacement + target.slice(f.fix.span.end);
}
const cats = (fs: Finding[]): string[] => fs.map((f) => f.category);

describe('numbersCheck: correct translations pass', () => {
  it.each([
    ['Der Umsatz stieg um 8,5 % auf 1.000,5 Mio. €.', 'Revenue rose by 8.5% to €1,000.5 million.'],
    ['Der Umsatz betrug 5 Mio. €.', 'Revenue was €5 million.'],
    ['Der Umsatz betrug 5 Mio. €.', 'Revenue was €5m.'],
    ['Die Schulden stiegen auf 2 Mrd. Dollar.', 'Debt rose to 2 billion dollars.'],
    ['Die Schulden stiegen auf 1,2 Billionen Euro.', 'Debt rose to 1.2 trillion euros.'],
    ['Die Firma wurde 2016 gegründet.', 'The company was founded in 2016.'],
    ['Am 1. Juli 2016 öffnete der Laden.', 'The shop opened on July 1, 2016.'],
    ['Am 1. Juli 2016 öffnete der Laden.', 'The shop opened on 1 July 2016.'],
    ['Am 1. Juli öffnete der Laden.', 'The shop opened on July 1st.'],
    ['Der Termin ist am 24.12.2021.', 'The appointment is on 12/24/2021.'],
    ['Der Termin ist am 24.12.2021.', 'The appointment is on 24 December 2021.'],
    ['Der Termin ist am 3.4.2021.', 'The appointment is on 3/4/2021.'],
    ['Der Termin ist am 3.4.2021.', 'The appointment is on 4/3/2021.'],
    ['Er kam im März, sie im Oktober.', 'He came in March, she in October.'],
    ['Wir treffen uns am Montag.', 'We meet on Monday.'],
    ['Das Treffen beginnt um 14 Uhr.', 'The meeting starts at 2 pm.'],
    ['Das Treffen beginnt um 14:30 Uhr.', 'The meeting starts at 2:30 p.m.'],
    ['Das Snapdragon 8 Plus Gen 1 steckt im Xiaomi 12 Ultra.', 'The Snapdragon 8 Plus Gen 1 powers the Xiaomi 12 Ultra.'],
    ['Er arbeitete fünf Jahre dort.', 'He worked there for five years.'],
    ['Er arbeitete fünf Jahre dort.', 'He worked there for 5 years.'],
    ['Er wartete eine Stunde.', 'He waited 1 hour.'],
    ['Es ist −5 °C kalt.', 'It is -5 °C.'],
    ['Die Strecke ist 42 km lang und das Rad wiegt 9 kg.', 'The route is 42 km long and the bike weighs 9 kg.'],
    ['Es wurden 10 000 Karten verkauft.', '10,000 tickets were sold.'],
    ['Der Preis liegt bei 1.999 Euro.', 'The price is 1,999 euros.'],
    ['Sie belegte den 2. Platz.', 'She came 2nd.'],
    ['Sie belegte den zweiten Platz.', 'She finished in 2nd place.'],
    ['Das Gerät hat 12 GB RAM.', 'The device has 12 GB of RAM.'],
    ['COVID-19 breitete sich 2020 aus.', 'COVID-19 spread in 2020.'],
    ['In den 1990er Jahren war das 5x teurer.', 'In the 1990s it was 5 times as expensive.'],
    ['Das iPhone 14 Pro kostet 1.299 €.', 'The iPhone 14 Pro costs €1,299.'],
    ['Er ist 1,80 m groß.', 'He is 1.80 m tall.'],
    ['Der 3:1-Sieg kam am 2. Spieltag.', 'The 3-1 win came on the 2nd matchday.'],
    ['Rund 5 % der Befragten stimmten zu.', 'About five percent of respondents agreed.'],
    ['Im Mai kamen eine Million Besucher.', 'In May, one million visitors came.'],
  ])('DE→EN %s', (source, target) => {
    expect(run(source, target)).toEqual([]);
  });

  it.each([
    ['Revenue rose by 8.5% to €1,000.5 million.', 'Der Umsatz stieg um 8,5 % auf 1.000,5 Mio. €.'],
    ['The company was founded in 2016.', 'Das Unternehmen wurde 2016 gegründet.'],
    ['The shop opened on July 1, 2016.', 'Der Laden öffnete am 1. Juli 2016.'],
    ['The appointment is on 12/24/2021.', 'Der Termin ist am 24.12.2021.'],
    ['We meet on Friday at 3 pm.', 'Wir treffen uns am Freitag um 15 Uhr.'],
    ['Debt rose to 2 billion dollars.', 'Die Schulden stiegen auf 2 Milliarden Dollar.'],
    ['He worked there for twelve years.', 'Er arbeitete zwölf Jahre dort.'],
    ['He worked there for twenty-one years.', 'Er arbeitete 21 Jahre dort.'],
    ['It costs $5.', 'Es kostet 5 $.'],
    ['May I come in?', 'Darf ich hereinkommen?'],
    ['She will march in May.', 'Sie wird im Mai marschieren.'],
  ])('EN→DE %s', (source, target) => {
    expect(run(source, target, EN_DE)).toEqual([]);
  });

  it('returns nothing for an empty target', () => {
    expect(run('Es kostet 5 €.', '')).toEqual([]);
    expect(run('It costs €5.', '  ', EN_DE)).toEqual([]);
  });
});

describe('numbersCheck: wrong values', () => {
  it('flags a changed figure as a major mistranslation with the source value as fix', () => {
    const target = 'That costs 4 euros.';
    const [f, ...rest] = run('Das kostet 3 Euro.', target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ check: 'numbers', category: 'accuracy/mistranslation', severity: 'major', side: 'both' });
    expect(applyFix(target, f)).toBe('That costs 3 euros.');
  });

  it('writes the fixed value the target way', () => {
    const target = 'Wir stellten 1.600 Leute ein.';
    const [f] = run('We hired 1,500 people.', target, EN_DE);
    expect(f?.category).toBe('accuracy/mistranslation');
    expect(applyFix(target, f)).toBe('Wir stellten 1.500 Leute ein.');
  });

  it('knows that German Billion is English trillion', () => {
    const target = 'Debt rose to 1.2 billion euros.';
    const [f, ...rest] = run('Die Schulden stiegen auf 1,2 Billionen Euro.', target);
    expect(rest).toEqual([]);
    expect(f?.category).toBe('accuracy/mistranslation');
    expect(f?.message).toMatch(/trillion/);
    expect(applyFix(target, f)).toBe('Debt rose to 1.2 trillion euros.');
  });

  it('knows that English billion is German Milliarde', () => {
    const target = 'Die Schulden stiegen auf 1 Billion Euro.';
    const [f] = run('Debt rose to 1 billion euros.', target, EN_DE);
    expect(f?.category).toBe('accuracy/mistranslation');
    expect(applyFix(target, f)).toBe('Die Schulden stiegen auf 1 Milliarde Euro.');
  });

  it('flags a wrong month and a wrong weekday, with the right name as fix', () => {
    const target = 'The shop opened on Tuesday, 1 June 2016.';
    const fs = run('Der Laden öffnete am Montag, 1. Juli 2016.', target);
    expect(cats(fs)).toEqual(['accuracy/mistranslation', 'accuracy/mistranslation']);
    expect(fs.map((f) => f.fix?.replacement).sort()).toEqual(['July', 'Monday']);
  });

  it('flags a wrong month in a numeric date', () => {
    const fs = run('Der Termin ist am 24.12.2021.', 'The appointment is on 24 November 2021.');
    expect(cats(fs)).toEqual(['accuracy/mistranslation']);
  });

  it('flags spelled-out numbers that change', () => {
    expect(cats(run('Er arbeitete fünf Jahre dort.', 'He worked there for four years.'))).toEqual(['accuracy/mistranslation']);
    expect(cats(run('He stayed for three days.', 'Er blieb vier Tage.', EN_DE))).toEqual(['accuracy/mistranslation']);
  });

  it('flags a changed unit and a changed time', () => {
    expect(cats(run('Das Rad wiegt 9 kg.', 'The bike weighs 9 lbs.'))).toEqual(['accuracy/mistranslation']);
    expect(cats(run('Die Strecke ist 42 km lang.', 'The route is 42 miles long.'))).toEqual(['accuracy/mistranslation']);
    expect(cats(run('Wir treffen uns um 14 Uhr.', 'We meet at 4 pm.'))).toEqual(['accuracy/mistranslation']);
  });

  it('flags a changed product number', () => {
    expect(cats(run('Das Xiaomi 12 Ultra ist da.', 'The Xiaomi 13 Ultra is here.'))).toEqual(['accuracy/mistranslation']);
  });
});

describe('numbersCheck: missing and extra', () => {
  it('flags a number the translation drops', () => {
    const [f, ...rest] = run('Der Umsatz stieg 2016 um 8 %.', 'Revenue rose by 8%.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'accuracy/omission', severity: 'major', side: 'source', targetSpans: [] });
  });

  it('flags a number the translation adds', () => {
    const [f] = run('Die Preise stiegen.', 'Prices rose by 5%.');
    expect(f).toMatchObject({ category: 'accuracy/addition', side: 'target', sourceSpans: [] });
    const [g] = run('Prices rose.', 'Die Preise stiegen 2020.', EN_DE);
    expect(g?.category).toBe('accuracy/addition');
  });

  it('gives spans on the side it touches, in UTF-16 offsets', () => {
    const source = 'Über 3 Äpfel.';
    const target = 'Over four 🍎 apples, 7 in all.';
    const fs = run(source, target);
    const added = fs.find((f) => f.category === 'accuracy/mistranslation');
    expect(added && source.slice(added.sourceSpans[0]!.start, added.sourceSpans[0]!.end)).toBe('3');
    const extra = fs.find((f) => f.category === 'accuracy/addition');
    expect(extra && target.slice(extra.targetSpans[0]!.start, extra.targetSpans[0]!.end)).toBe('7');
  });
});

describe('numbersCheck: locale conventions', () => {
  it('flags a German decimal comma left in English, with the English form as fix', () => {
    const target = 'Revenue rose by 8,5 %.';
    const [f, ...rest] = run('Der Umsatz stieg um 8,5 %.', target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'locale-convention', side: 'both' });
    expect(applyFix(target, f)).toBe('Revenue rose by 8.5%.');
  });

  it('flags a German thousands point in English as a misleading value, not a wrong one', () => {
    const target = 'We sold 1.000 tickets.';
    const [f, ...rest] = run('Wir verkauften 1.000 Karten.', target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'locale-convention', severity: 'major' });
    expect(applyFix(target, f)).toBe('We sold 1,000 tickets.');
  });

  it('flags an English thousands comma in German', () => {
    const target = 'Wir verkauften 1,000 Karten.';
    const [f, ...rest] = run('We sold 1,000 tickets.', target, EN_DE);
    expect(rest).toEqual([]);
    expect(f?.category).toBe('locale-convention');
    expect(applyFix(target, f)).toBe('Wir verkauften 1.000 Karten.');
  });

  it('flags English decimals and percent without space in German', () => {
    const target = 'Die Inflation lag bei 2.5%.';
    const [f] = run('Inflation was 2.5%.', target, EN_DE);
    expect(f?.category).toBe('locale-convention');
    expect(applyFix(target, f)).toBe('Die Inflation lag bei 2,5 %.');
  });

  it('puts the currency sign where the target language wants it', () => {
    const en = 'It costs 5,50 €.';
    const [f] = run('Es kostet 5,50 €.', en);
    expect(f?.category).toBe('locale-convention');
    expect(applyFix(en, f)).toBe('It costs €5.50.');
    const en2 = 'Revenue was 5 million €.';
    expect(applyFix(en2, run('Der Umsatz betrug 5 Mio. €.', en2)[0])).toBe('Revenue was €5 million.');
    const de = 'Es kostet €5.';
    const [g] = run('It costs €5.', de, EN_DE);
    expect(g?.category).toBe('locale-convention');
    expect(applyFix(de, g)).toBe('Es kostet 5 €.');
  });

  it('flags dates written the other language’s way', () => {
    const en = 'The appointment is on 24.12.2021.';
    const [f, ...rest] = run('Der Termin ist am 24.12.2021.', en);
    expect(rest).toEqual([]);
    expect(f?.category).toBe('locale-convention');
    expect(applyFix(en, f)).toBe('The appointment is on 24 December 2021.');
    const de = 'Der Termin ist am 12/24/2021.';
    const [g] = run('The appointment is on 12/24/2021.', de, EN_DE);
    expect(g?.category).toBe('locale-convention');
    expect(applyFix(de, g)).toBe('Der Termin ist am 24.12.2021.');
  });

  it('flags ordinals written the other language’s way', () => {
    const de = 'Sie wurde 2nd.';
    const [f] = run('She came 2nd.', de, EN_DE);
    expect(f?.category).toBe('locale-convention');
    expect(applyFix(de, f)).toBe('Sie wurde 2.');
    const en = 'The shop opened on 1. July.';
    const [g] = run('Der Laden öffnete am 1. Juli.', en);
    expect(applyFix(en, g)).toBe('The shop opened on 1 July.');
  });
});

describe('weekdays in compounds and nights', () => {
  it('reads a weekday inside a German compound', () => {
    expect(run('Die Messe öffnet am Dienstagvormittag.', 'The fair opens on Tuesday morning.')).toEqual([]);
    expect(run('The fair opens on Tuesday evening.', 'Die Messe öffnet am Dienstagabend.', EN_DE)).toEqual([]);
  });

  it('flags a wrong weekday against a German compound', () => {
    const [f] = run('Die Messe öffnet am Dienstagvormittag.', 'The fair opens on Thursday morning.');
    expect(f?.category).toBe('accuracy/mistranslation');
  });

  it('reads "Nacht zum <day>" as the night of the day before', () => {
    expect(run('In der Nacht zum Mittwoch brannte ein Stall.', 'A barn burned on Tuesday night.')).toEqual([]);
    expect(run('In der Nacht zum Mittwoch brannte ein Stall.', 'A barn burned overnight into Wednesday.')).toEqual([]);
    expect(run('A barn burned on Tuesday night.', 'In der Nacht zum Mittwoch brannte ein Stall.', EN_DE)).toEqual([]);
  });

  it('flags the literal day for "Nacht zum <day>", with the right one as the fix', () => {
    const target = 'A barn burned on Wednesday night.';
    const [f] = run('In der Nacht zum Mittwoch brannte ein Stall.', target);
    expect(f?.category).toBe('accuracy/mistranslation');
    expect(f?.fix?.replacement).toBe('Tuesday');
    expect(run('A barn burned on Wednesday night.', 'In der Nacht zum Mittwoch brannte ein Stall.', EN_DE)).toHaveLength(1);
  });
});

describe('24-hour times with "o\'clock"', () => {
  const ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
  const check = (source: string, target: string) => numbersCheck({ id: 1, paragraph: 0, source, target }, ctx).filter((f) => f.category === 'locale-convention');

  it('flags an hour past 12 with "o\'clock" and offers the 12-hour form', () => {
    const [f] = check('Das Konzert beginnt um 20 Uhr.', "The concert starts at 20 o'clock.");
    expect(f).toMatchObject({ severity: 'minor', side: 'target' });
    expect(f!.fix).toMatchObject({ replacement: '8 pm' });
  });

  it('leaves 12-hour "o\'clock", "pm" and 24-hour digits alone', () => {
    expect(check('Das Konzert beginnt um 8 Uhr.', "The concert starts at 8 o'clock.")).toEqual([]);
    expect(check('Das Konzert beginnt um 20 Uhr.', 'The concert starts at 8 pm.')).toEqual([]);
    expect(check('Das Konzert beginnt um 20 Uhr.', 'The concert starts at 20:00.')).toEqual([]);
  });
});

describe('number scanner', () => {
  // The specification: a global scan of the lower-cased text with SCAN, which the scanner runs only where it can match.
  function byGlobalScan(text: string): number[][] {
    const lower = text.toLowerCase();
    const scanned = lower.length === text.length ? lower : text;
    return [...scanned.matchAll(new RegExp(SCAN.source, 'gu'))].map((m) => [m.index, m.index + m[0].length]);
  }
  const byScanner = (text: string): number[][] => tokenise(text).map((t) => [t.start, t.end + (t.suf?.length ?? 0)]);
  // Characters where a skipping scanner goes wrong: letters before digits and hyphens, separators before digits,
  // signs, units with a slash, astral letters and digits, a combining accent and lone surrogates.
  const ALPHABET = ['a', 'm', 'i', 'j', 'u', 'l', 'n', 'ä', 'É', '\u0301', '0', '1', '9', '²', '.', ',', ':', '/', '-', ' ', '\u00a0',
    '%', '€', '$', '°', 'c', 'k', 'h', 'e', 'r', 'z', 'w', 'ö', '𝐀', '𝟎', '\ud800', 'İ'];
  function* texts(count: number): Generator<string> {
    let seed = 7;
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31);
    for (let n = 0; n < count; n++) yield Array.from({ length: next() % 16 }, () => ALPHABET[next() % ALPHABET.length]).join('');
  }

  it('finds what a global scan finds, in real sentences', () => {
    for (const text of [
      'Am 1. Juli 2016 kostete das Xiaomi 8 Plus Gen 1 in Deutschland 1.000,50 € (8,5 % mehr), ab 18:30 Uhr.',
      'On Monday, July 1st, 2016, revenue of $2.5bn rose 3-fold to 1 200 units at 20 °C and 130 km/h, a 5G-ready Snapdragon.',
      'Zwei Millionen Menschen kamen am Samstagabend, eine Milliarde im Mrz. und im Sept.; US-Dollar 30er-Jahre.',
      'Die Kamera-Module (24.12.2021, 12/24/2021, 2021-12-24) – A1b2 İstanbul 5Mio. drei-vier',
    ]) {
      expect(byScanner(text)).toEqual(byGlobalScan(text));
    }
  });

  it('finds what a global scan finds, in random texts', () => {
    for (const text of texts(20_000)) {
      expect(byScanner(text), JSON.stringify(text)).toEqual(byGlobalScan(text));
    }
  });
});

describe('numbersCheck: versions, codes and number words of technical text', () => {
  const rules = (source: string, target: string, ctx: CheckContext = DE_EN) => run(source, target, ctx).map((f) => f.rule);

  it('asks no German decimal comma of a version after a name, joined by a hyphen, or quoted', () => {
    expect(rules('This field is unused in Linux 2.2.', 'Dieses Feld wird in Linux 2.2 nicht genutzt.', EN_DE)).toEqual([]);
    expect(rules('It was released in findutils-4.2.21.', 'Es erschien in findutils-4.2.21.', EN_DE)).toEqual([]);
    expect(rules('The fallback to “1.0” is deprecated.', 'Die Rückfalloption „1.0“ ist veraltet.', EN_DE)).toEqual([]);
    expect(rules('Seit Linux 2.6.39 ist es anders.', 'Since Linux 2.6.39 it is different.')).toEqual([]);
    // An amount still takes the comma.
    expect(rules('Values are less than 1.5 here.', 'Die Werte sind kleiner als 1.5 hier.', EN_DE)).toEqual(['numbers.locale-form']);
  });

  it('matches a code whose letters were translated or spaced, not one whose digits changed', () => {
    expect(rules('GANZZAHL1 ist größer als GANZZAHL2', 'INTEGER1 is greater than INTEGER2')).toEqual([]);
    expect(rules('Dies ist die Unix98 Benennung.', 'This is the UNIX 98 naming.')).toEqual([]);
    expect(rules('Dies ist die Unix98 Benennung.', 'This is the UNIX 99 naming.')).toHaveLength(1);
  });

  it('finds a spelled number inside a word of the other side, and not in a path', () => {
    expect(rules('Anderenfalls ein Fehlercode ungleich Null.', 'A non-zero failure code otherwise.')).toEqual([]);
    expect(rules('Die Größe ist das Dreifache des Wörterbuchs.', 'The size is three times the dictionary.')).toEqual([]);
    expect(rules('Falls auf »null« gesetzt, wird nichts benutzt.', 'If set to "null", nothing is used.')).toEqual([]);
    expect(rules('Ist sie auf /dev/null gesetzt, wird nichts benutzt.', 'If set to the null device, nothing is used.')).toEqual([]);
    expect(rules('Es gibt zwei Dateien.', 'There are three files.')).toHaveLength(1);
  });
});
