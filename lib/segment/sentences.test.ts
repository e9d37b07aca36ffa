import { describe, expect, it } from 'vitest';
import { joinSentences, splitSentences } from './sentences';

const de = (text: string) => splitSentences(text, 'de');
const en = (text: string) => splitSentences(text, 'en');

describe('splitSentences: real boundaries', () => {
  it('splits after . ? ! in both languages', () => {
    expect(de('Wer kommt? Ich! Das ist gut. Danach gehen wir.')).toEqual([
      'Wer kommt?',
      'Ich!',
      'Das ist gut.',
      'Danach gehen wir.',
    ]);
    expect(en('Who is coming? Me! That is fine. Then we go.')).toEqual([
      'Who is coming?',
      'Me!',
      'That is fine.',
      'Then we go.',
    ]);
  });

  it('splits after a closing quote or bracket and keeps the closer with its sentence', () => {
    expect(de('Er sagte: „Das ist gut.“ Dann ging er.')).toEqual(['Er sagte: „Das ist gut.“', 'Dann ging er.']);
    expect(de('Sie rief: »Hallo!« Niemand antwortete.')).toEqual(['Sie rief: »Hallo!«', 'Niemand antwortete.']);
    expect(de('Er nannte es ‚Kunst.‘ Sie lachte.')).toEqual(['Er nannte es ‚Kunst.‘', 'Sie lachte.']);
    expect(en('He said, "This is good." Then he left.')).toEqual(['He said, "This is good."', 'Then he left.']);
    expect(en('She wrote “Done.” Then she slept.')).toEqual(['She wrote “Done.”', 'Then she slept.']);
    expect(de('(Das war klar.) Danach ging er.')).toEqual(['(Das war klar.)', 'Danach ging er.']);
    expect(en('It failed (again.) We tried once more.')).toEqual(['It failed (again.)', 'We tried once more.']);
  });

  it('keeps real sentence ends after dates, decimals and abbreviation-like words', () => {
    expect(de('Er kam am 1. Juli. Dann ging er.')).toEqual(['Er kam am 1. Juli.', 'Dann ging er.']);
    expect(de('Das kostet 8,5 %. Viel!')).toEqual(['Das kostet 8,5 %.', 'Viel!']);
    expect(en('It costs 3.5 %. A lot!')).toEqual(['It costs 3.5 %.', 'A lot!']);
    expect(en('No. That is wrong.')).toEqual(['No.', 'That is wrong.']);
    expect(en('I live in the U.S. He does not.')).toEqual(['I live in the U.S.', 'He does not.']);
    expect(en('We left at 5 p.m. Then it rained.')).toEqual(['We left at 5 p.m.', 'Then it rained.']);
    expect(de('Im Jahr 50 v. Chr. Dann kam Rom.')).toEqual(['Im Jahr 50 v. Chr.', 'Dann kam Rom.']);
    expect(de('Wir wählten Plan B. Dann gingen wir.')).toEqual(['Wir wählten Plan B.', 'Dann gingen wir.']);
    expect(en('It was A vs. B. See you.')).toEqual(['It was A vs. B.', 'See you.']);
    expect(de('Er wohnt in der Hauptstr. Dort ist es ruhig.')).toEqual([
      'Er wohnt in der Hauptstr.',
      'Dort ist es ruhig.',
    ]);
  });
});

describe('splitSentences: abbreviations', () => {
  it.each([
    'Das ist z. B. gut.',
    'Das ist z.B. ein Test.',
    'Es gibt z. B. Äpfel und Birnen.',
    'Er sagte d. h. nichts.',
    'Es kamen u. a. Politiker.',
    'Dr. Müller kam gestern.',
    'Prof. Schmidt lehrt hier.',
    'Nr. 5 ist da.',
    'Das ist bzw. war gut.',
    'Äpfel, Birnen usw. sind gut.',
    'Es kostet ca. 5 Euro.',
    'Vgl. Abschnitt 3 im Anhang.',
    'Ggf. kommt er später.',
    'Der Preis inkl. Versand ist hoch.',
    'Er kommt evtl. Montag.',
    'Es gab Kuchen, Kaffee etc. und Tee.',
    'Es waren 5 Mio. Menschen da.',
    'Es kostet 3 Mrd. Euro.',
    'Im 5. Jh. war das so.',
    'St. Pauli gewann.',
    'In der Hauptstr. 5 wohnt er.',
    'Gemäß Abs. 2 ist das so.',
    'Hr. Meier und Fr. Schulz kamen.',
  ])('German: %s stays one sentence', (text) => {
    expect(de(text)).toEqual([text]);
  });

  it.each([
    'Mr. Smith met Mrs. Jones and Ms. Lee.',
    'Dr. Watson and Prof. Moriarty met.',
    'We like fruit, e.g. apples, i.e. red ones.',
    'We like fruit, e.g. Apples from Kent.',
    'Bring pens, paper, etc. and a chair.',
    'It was Ali vs. Frazier in the end.',
    'See No. 5 in the list.',
    'Acme Inc. is big.',
    'Acme Ltd. Directors met.',
    'Martin Luther King Jr. spoke.',
    'St. Louis is nice.',
    'It takes approx. 5 minutes.',
    'The U.S. Army came.',
    'At 5 a.m. he woke up.',
    'At 5 p.m. he slept.',
    'It opened on Jan. 5 last year.',
  ])('English: %s stays one sentence', (text) => {
    expect(en(text)).toEqual([text]);
  });

  it('treats a capitalised abbreviation at a sentence start like its lowercase form', () => {
    expect(de('Ja. Vgl. Kapitel 2 dazu.')).toEqual(['Ja.', 'Vgl. Kapitel 2 dazu.']);
  });

  it('does not treat a lowercase word as a capitalised-only abbreviation', () => {
    expect(en('He said no. Then he left.')).toEqual(['He said no.', 'Then he left.']);
  });
});

describe('splitSentences: numbers, ordinals and dates', () => {
  it('keeps German ordinals and dates inside the sentence', () => {
    expect(de('Er kam am 1. Juli nach Hause.')).toEqual(['Er kam am 1. Juli nach Hause.']);
    expect(de('Der 3. Platz ging an ihn.')).toEqual(['Der 3. Platz ging an ihn.']);
    expect(de('Am 24.12.2021 war Weihnachten.')).toEqual(['Am 24.12.2021 war Weihnachten.']);
    expect(de('Im 19. Jahrhundert war das so.')).toEqual(['Im 19. Jahrhundert war das so.']);
    expect(de('Zum 2. Mal gewann sie.')).toEqual(['Zum 2. Mal gewann sie.']);
    expect(de('Am 24.12. Abend feiern wir.')).toEqual(['Am 24.12. Abend feiern wir.']);
    expect(de('Bis 15. März bleibt es.')).toEqual(['Bis 15. März bleibt es.']);
  });

  it('splits after an ordinal when a typical sentence starter follows', () => {
    expect(de('Er wurde am 3. Dann zog er um.')).toEqual(['Er wurde am 3.', 'Dann zog er um.']);
  });

  it('keeps decimals, versions and numbered list starts', () => {
    expect(de('Pi ist 3.14 ungefähr. Gut.')).toEqual(['Pi ist 3.14 ungefähr.', 'Gut.']);
    expect(de('Das kostet 8,5 % mehr.')).toEqual(['Das kostet 8,5 % mehr.']);
    expect(en('Version v1.2.3 is out. Update now.')).toEqual(['Version v1.2.3 is out.', 'Update now.']);
    expect(de('1. Punkt eins. 2. Punkt zwei.')).toEqual(['1. Punkt eins.', '2. Punkt zwei.']);
    expect(en('1. First step. 2. Second step.')).toEqual(['1. First step.', '2. Second step.']);
  });
});

describe('splitSentences: names, quotes, ellipses, URLs', () => {
  it('keeps initials with the name', () => {
    expect(de('J. R. R. Tolkien schrieb Bücher.')).toEqual(['J. R. R. Tolkien schrieb Bücher.']);
    expect(en('J. R. R. Tolkien wrote books.')).toEqual(['J. R. R. Tolkien wrote books.']);
    expect(en('President John F. Kennedy spoke.')).toEqual(['President John F. Kennedy spoke.']);
  });

  it('does not split inside a quotation that the sentence continues', () => {
    expect(de('Er sagte: „Das ist gut.“ und ging.')).toEqual(['Er sagte: „Das ist gut.“ und ging.']);
    expect(de('„Komm her. Sofort!“, rief er.')).toEqual(['„Komm her. Sofort!“, rief er.']);
    expect(de('»Warte! Nicht!« rief sie.')).toEqual(['»Warte! Nicht!« rief sie.']);
    expect(de('„Kommst du?“ fragte sie.')).toEqual(['„Kommst du?“ fragte sie.']);
    expect(en('"Really?" she asked.')).toEqual(['"Really?" she asked.']);
    expect(en('“Stop. Now!” he shouted.')).toEqual(['“Stop. Now!” he shouted.']);
  });

  it('still splits a quotation that ends its sentence', () => {
    expect(de('Er sagte: „Komm her. Sofort!“ Dann ging er.')).toEqual([
      'Er sagte: „Komm her.',
      'Sofort!“',
      'Dann ging er.',
    ]);
  });

  it('ignores apostrophes and a stray closing quote', () => {
    expect(en('It’s fine. Don’t worry.')).toEqual(['It’s fine.', 'Don’t worry.']);
    expect(de('Das war gut.“ Dann ging er. Er kam.')).toEqual(['Das war gut.“', 'Dann ging er.', 'Er kam.']);
  });

  it('handles ellipses', () => {
    expect(de('Er zögerte … dann ging er.')).toEqual(['Er zögerte … dann ging er.']);
    expect(en('He hesitated … then he left.')).toEqual(['He hesitated … then he left.']);
    expect(de('Warte... was? Nichts.')).toEqual(['Warte... was?', 'Nichts.']);
    expect(en('Wait... What? Nothing.').at(-1)).toBe('Nothing.');
  });

  it('keeps URLs and e-mail addresses whole', () => {
    expect(de('Siehe https://example.com/a.b?c=1. Danke.')).toEqual(['Siehe https://example.com/a.b?c=1.', 'Danke.']);
    expect(en('Visit www.example.com/Path?X=Y now. Email john.doe@example.com today.')).toEqual([
      'Visit www.example.com/Path?X=Y now.',
      'Email john.doe@example.com today.',
    ]);
  });
});

describe('splitSentences: whitespace', () => {
  it('returns [] for empty or blank input', () => {
    expect(de('')).toEqual([]);
    expect(en('  \n\t ')).toEqual([]);
  });

  it('collapses whitespace and line breaks without losing words, but keeps a single no-break space', () => {
    expect(de('  Ein   Satz\nmit\tUmbruch.\r\n Noch einer.  ')).toEqual(['Ein Satz mit Umbruch.', 'Noch einer.']);
    expect(de('Das kostet 8,5\u00a0%. Viel!')).toEqual(['Das kostet 8,5\u00a0%.', 'Viel!']);
  });
});

describe('joinSentences', () => {
  it('joins with single spaces and inverts splitSentences on collapsed text', () => {
    const text = 'Dr. Müller kam am 1. Juli. „Gut“, sagte er. Was nun? Nichts!';
    expect(joinSentences(de(text))).toBe(text);
    expect(joinSentences([' Eins. ', '', 'Zwei.'])).toBe('Eins. Zwei.');
    expect(joinSentences([])).toBe('');
  });
});

describe('splitSentences: performance', () => {
  it('splits a 5,000-sentence text correctly', () => {
    const pattern = [
      'Dr. Müller kam am 1. Juli nach Hause.',
      'Er sagte: „Das ist gut.“ und ging.',
      'Das kostet z. B. 8,5 % mehr als v1.2.3!',
      'Wer kommt?',
    ];
    const expected = Array.from({ length: 5000 }, (_, i) => pattern[i % pattern.length]);
    const text = expected.join(' ');
    // Speed is measured by `npm run bench`; here: a long text comes out right.
    expect(de(text)).toEqual(expected);
  });

  it('keeps a sentence longer than the segmenter window whole', () => {
    const sentence = `Ein ${'sehr '.repeat(3000)}langer Satz.`;
    expect(de(`${sentence} Kurz. ${sentence}`)).toEqual([sentence, 'Kurz.', sentence]);
  });
});
