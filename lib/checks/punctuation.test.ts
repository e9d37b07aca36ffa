import { describe, expect, it } from 'vitest';
import { punctuationCheck } from './punctuation';
import type { CheckContext, Finding } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext): Finding[] =>
  punctuationCheck({ id: 1, paragraph: 0, source, target }, ctx);
const apply = (text: string, f: Finding | undefined): string =>
  f?.fix ? text.slice(0, f.fix.span.start) + f.fix.replacement + text.slice(f.fix.span.end) : text;

describe('punctuation: correct text', () => {
  it('passes balanced German and English quotes and brackets, both directions', () => {
    expect(run('Er sagte: „Wir kommen (wahrscheinlich) morgen.“', 'He said: “We are coming (probably) tomorrow.”', deEn)).toEqual([]);
    expect(run('She called it ‘a small step’ (again).', 'Sie nannte es ‚einen kleinen Schritt‘ (erneut).', enDe)).toEqual([]);
    expect(run('Das Buch »Der Prozess« ist bekannt.', 'The book "The Trial" is well known.', deEn)).toEqual([]);
  });

  it('accepts legitimate repeats and apostrophes', () => {
    expect(run('Die Frau, die die Zeitung liest, lacht.', 'The woman reading the paper laughs.', deEn)).toEqual([]);
    expect(run('He said that that plan had had its day.', 'Er sagte, dass dieser Plan ausgedient hatte.', enDe)).toEqual([]);
    expect(run('Wir wissen, dass sie sie gesehen hat.', 'We know that she saw her.', deEn)).toEqual([]);
    expect(run('The companies’ results rose in the ’90s.', 'Die Ergebnisse der Firmen stiegen in den 90ern.', enDe)).toEqual([]);
    expect(run('Wir verkauften 10 10 Stück.', 'We sold 10 10 units.', deEn)).toEqual([]);
  });

  it('tolerates a colon for a period and list markers', () => {
    expect(run('Die Gründe sind folgende:', 'The reasons are as follows.', deEn)).toEqual([]);
    expect(run('Wähle a) rot oder b) blau.', 'Choose a) red or b) blue.', deEn)).toEqual([]);
  });

  it('cancels a quotation that runs on into the next segment on both sides', () => {
    expect(run('„Wir wachsen weiter.', '“We keep growing.', deEn)).toEqual([]);
  });

  it('returns nothing for the target when it is empty', () => {
    expect(run('Alles ist gut.', '', deEn)).toEqual([]);
  });
});

describe('punctuation: flags', () => {
  it('flags a German quote closed twice in the target', () => {
    const f = run('He said “yes” twice.', 'Er sagte „ja“ zweimal“.', enDe);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'fluency/punctuation', side: 'target', targetSpans: [{ start: 21, end: 22 }] });
  });

  it('flags an English quote opened and never closed, and a broken source as source quality', () => {
    const target = run('Er sagte „ja“.', 'He said “yes.', deEn);
    expect(target).toHaveLength(1);
    expect(target[0]?.message).toMatch(/never closed/);
    const source = run('Er sagte „ja.', 'He said “yes.”', deEn);
    expect(source).toHaveLength(1);
    expect(source[0]).toMatchObject({ category: 'source-quality', side: 'source', sourceSpans: [{ start: 9, end: 10 }] });
  });

  it('flags unbalanced brackets', () => {
    const f = run('Der Umsatz (in Euro) stieg.', 'Revenue (in euros rose.', deEn);
    expect(f.map((x) => x.message)).toEqual(['The parenthesis ( is opened but never closed.']);
    expect(run('The price] fell.', 'Der Preis fiel.', enDe)[0]?.side).toBe('source');
  });

  it('flags German quotes in English and English quotes in German, with fixes', () => {
    const target = 'He said „no“ to it.';
    const en = run('Er sagte „nein“ dazu.', target, deEn);
    expect(en).toHaveLength(1);
    expect(en[0]?.category).toBe('locale-convention');
    expect(apply(target, en[0])).toBe('He said “no” to it.');
    const deTarget = 'Er sagte “nein” dazu.';
    const de = run('He said “no” to it.', deTarget, enDe);
    expect(de).toHaveLength(1);
    expect(apply(deTarget, de[0])).toBe('Er sagte „nein“ dazu.');
  });

  it('flags a final punctuation mismatch, with a fix when it is a single mark', () => {
    const target = 'Is the offer still valid.';
    const f = run('Gilt das Angebot noch?', target, deEn);
    expect(f).toHaveLength(1);
    expect(apply(target, f[0])).toBe('Is the offer still valid?');
    // A missing mark: the last word is marked and the fix adds the source's mark.
    const bare = 'Die Preise steigen';
    const none = run('Prices are rising!', bare, enDe);
    expect(none).toHaveLength(1);
    expect(none[0]!.targetSpans).toEqual([{ start: 11, end: 18 }]);
    expect(apply(bare, none[0])).toBe('Die Preise steigen!');
  });

  it('flags doubled words in both directions, with a fix', () => {
    const target = 'The the company grew.';
    const f = run('Die Firma wuchs.', target, deEn);
    expect(f).toHaveLength(1);
    expect(apply(target, f[0])).toBe('The company grew.');
    const de = run('The company grew.', 'Die die Firma wuchs.', enDe);
    expect(de).toHaveLength(1);
    expect(run('Die die Firma wuchs.', 'The company grew.', deEn)[0]?.category).toBe('source-quality');
    // İ lower-cases to two characters: the two spellings are still the same word.
    expect(run('Wir besuchten İzmir.', 'We visited İzmir i\u0307zmir.', deEn).map((x) => x.message)).toContain('The word “i\u0307zmir” is repeated.');
  });

  it('flags spacing: doubled spaces, space before punctuation, missing space after it', () => {
    const target = 'Sales rose  sharply , and profits fell.Costs,too.';
    const f = run('Der Absatz stieg stark, die Gewinne sanken. Die Kosten auch.', target, deEn);
    expect(f.map((x) => x.message)).toEqual([
      'Doubled space.',
      'Space before “,”.',
      'Missing space after “.”.',
      'Missing space after “,”.',
    ]);
    let fixed = target;
    for (const x of [...f].reverse()) fixed = apply(fixed, x);
    expect(fixed).toBe('Sales rose sharply, and profits fell. Costs, too.');
    expect(run('Visit www.example.com,now.', 'Besuchen Sie www.example.com, jetzt.', enDe).map((x) => x.message)).toEqual([]);
  });

  it('flags a doubled full stop or comma, not an ellipsis', () => {
    const target = 'So far the goal has been missed..';
    const [f] = run('Bisher wurde das Ziel verfehlt.', target, deEn);
    expect(f!.message).toBe('Doubled “.”.');
    expect(apply(target, f)).toBe('So far the goal has been missed.');
    expect(run('Er zögerte, und dann ging er.', 'He hesitated,, then he left.', deEn).map((x) => x.message)).toEqual(['Doubled “,”.']);
    expect(run('Und dann...', 'And then...', deEn)).toEqual([]);
    expect(run('Das war alles …', 'Das war alles …', enDe)).toEqual([]);
  });
});

describe('English articles', () => {
  const grammar = (target: string, ctx: CheckContext = deEn) =>
    punctuationCheck({ id: 1, paragraph: 0, source: 'Quelle.', target }, ctx).filter((f) => f.category === 'fluency/grammar');

  it('flags "a" before a vowel sound and "an" before a consonant, with the fix', () => {
    const [f] = grammar('The city announced a emergency plan.');
    expect(f).toMatchObject({ severity: 'minor', side: 'target', targetSpans: [{ start: 19, end: 30 }] });
    expect(f!.fix).toMatchObject({ span: { start: 19, end: 20 }, replacement: 'an' });
    expect(grammar('An big crowd gathered.')[0]!.fix!.replacement).toBe('A');
  });

  it('follows the sound, not the letter, and leaves letters, acronyms and German alone', () => {
    expect(grammar('It took an hour to reach a university, a European agency and a one-off deal.')).toEqual([]);
    expect(grammar('An FBI agent met a UN envoy and an 18-year-old witness.')).toEqual([]);
    expect(grammar('Vitamin A is important, and so is an apple a day.')).toEqual([]);
    expect(grammar('Der Plan sieht a und b vor.', { sourceLang: 'en', targetLang: 'de', glossary: [] })).toEqual([]);
  });
});

describe('sentence-initial capital', () => {
  const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
  const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
  const initial = (source: string, target: string, ctx: CheckContext) =>
    punctuationCheck({ id: 1, paragraph: 0, source, target }, ctx).filter((f) => f.rule === 'punctuation.initial-capital');

  it('flags a translation that lost the capital of its first word, with a fix', () => {
    const [f] = initial('Die Datei wird gelöscht.', 'the file is deleted.', DE_EN);
    expect(f?.targetSpans).toEqual([{ start: 0, end: 3 }]);
    expect(f?.fix).toMatchObject({ replacement: 'The' });
    expect(initial('The file is deleted.', '„die Datei wird gelöscht.“', EN_DE)[0]?.fix?.replacement).toBe('Die');
  });

  it('leaves names written in lower case on both sides, and sources that start in lower case', () => {
    expect(initial('Mit ls werden Dateien gelistet.', 'ls lists files.', DE_EN)).toEqual([]);
    expect(initial('ls listet Dateien auf.', 'ls lists files.', DE_EN)).toEqual([]);
    expect(initial('Die Datei wird gelöscht.', 'The file is deleted.', DE_EN)).toEqual([]);
  });

  it('leaves labels without a final stop and German option descriptions that start with their verb', () => {
    expect(initial('Byte mit oktalem Wert NNN', 'byte with octal value NNN', DE_EN)).toEqual([]);
    expect(initial('Enables the colored text in various places.', 'aktiviert den farbigen Text an diversen Stellen.', EN_DE)).toEqual([]);
    expect(initial('The colored text is enabled.', 'der farbige Text ist aktiviert.', EN_DE)).toHaveLength(1);
  });
});

describe('punctuation: writing conventions of correct technical text', () => {
  const messages = (source: string, target: string, ctx: CheckContext) => run(source, target, ctx).map((f) => f.message);

  it('pairs a parenthesis that ends on a number, and a German ‚…’ closed by the apostrophe', () => {
    expect(messages('Gibt die Zeilennummer (gezählt ab 1) aus.', 'Prints the line number (counted from 1).', deEn)).toEqual([]);
    expect(messages('Lines starting with ‘#’ are comments.', 'Zeilen, die mit ‚#’ anfangen, sind Kommentare.', enDe)).toEqual([]);
    // An apostrophe inside the quotation does not close it.
    expect(messages('Read ‘Peter’s book’ now.', 'Lies ‚Peter’s Buch‘ jetzt.', enDe)).toEqual([]);
    expect(messages('He said yes.', 'Er sagte ‚ja.', enDe)).toEqual(['The single quotation mark ‚ is opened but never closed.']);
  });

  it('leaves doubled marks in names and paths, and a comma between single letters', () => {
    expect(messages('See APT::Architecture and "/..".', 'Siehe APT::Architecture und »/..«.', enDe)).toEqual([]);
    expect(messages('Die Einheiten sind s, m, h.', 'The units are s,m,h.', deEn)).toEqual([]);
    expect(messages('Die Einheiten sind Sekunden, Minuten.', 'The units are seconds,minutes.', deEn)).toEqual(['Missing space after “,”.']);
  });

  it('accepts a full stop added to a description, and an exclamation for a full stop', () => {
    expect(messages('copy all SOURCE arguments into DIRECTORY', 'kopiert alle QUELLE-Argumente in VERZEICHNIS.', enDe)).toEqual([]);
    expect(messages('Save file', 'Datei speichern.', enDe)).toHaveLength(1);
    expect(messages('Ihre Verwendung kann Ihr System zerstören.', 'Using it can destroy your system!', deEn)).toEqual([]);
  });

  it('leaves a lower-case command that German capitalised, and German descriptions that start with their verb', () => {
    expect(messages('Systemd-sysusers legt Benutzer an.', 'systemd-sysusers creates users.', deEn)).toEqual([]);
    expect(messages('Resident Set Size: Anzahl der Seiten.', 'resident set size: number of pages.', deEn)).toHaveLength(1);
    expect(messages('Use VT100 line drawing characters.', 'verwendet VT100-Zeichen zum Darstellen von Linien.', enDe)).toEqual([]);
  });

  it('accepts a relative pronoun and its article after a preposition, a placeholder after its word, and "an" before a spelled-out word', () => {
    expect(messages('Each device for which the file system is set up.', 'Jedes Gerät, für das das Dateisystem eingerichtet wird.', enDe)).toEqual([]);
    expect(messages('Set the user ID to send it from.', 'Setzt die Kennung von der der die Nachricht gesendet wird.', enDe)).toHaveLength(1);
    expect(messages('Stellen Sie sicher, dass die die Ausgabe umgelenkt ist.', 'Make sure the output is redirected.', deEn)).toHaveLength(1);
    expect(messages('The file specifies the machine ID MACHINE-ID.', 'Die Datei legt die Maschinenkennung MASCHINENKENNUNG fest.', enDe)).toEqual([]);
    expect(messages('Verwenden Sie eine lbx-Beschreibung.', 'Use an lbx description.', deEn)).toEqual([]);
    expect(messages('Die Option ist gesetzt.', 'The option has a option set.', deEn)).toHaveLength(1);
  });
});
