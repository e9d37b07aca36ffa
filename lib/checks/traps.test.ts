import { describe, expect, it } from 'vitest';
import { SEPARABLE_VERB_COUNT, addressForm, trapsCheck } from './traps';
import type { CheckContext, Finding } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };

function run(source: string, target: string, ctx: CheckContext = DE_EN): Finding[] {
  return trapsCheck({ id: 1, paragraph: 0, source, target }, ctx);
}
function applyFix(target: string, f: Finding | undefined): string {
  if (!f?.fix) throw new Error('no fix');
  return target.slice(0, f.fix.span.start) + f.fix.replacement + target.slice(f.fix.span.end);
}
const marked = (text: string, spans: { start: number; end: number }[]): string[] => spans.map((s) => text.slice(s.start, s.end));

describe('trapsCheck basics', () => {
  it('returns nothing for an empty target', () => {
    expect(run('Das Gerät funktioniert nicht.', '')).toEqual([]);
    expect(run('It does not work.', ' ', EN_DE)).toEqual([]);
  });
});

describe('negation', () => {
  it('flags a negation lost in either direction as critical', () => {
    const source = 'Die Lieferung ist nicht angekommen.';
    const [f, ...rest] = run(source, 'The delivery has arrived.');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ check: 'traps', category: 'accuracy/mistranslation', severity: 'critical', side: 'both' });
    expect(marked(source, f!.sourceSpans)).toEqual(['nicht']);
    // The translation is marked where the negation belongs: the counterpart of the negated word.
    expect(marked('The delivery has arrived.', f!.targetSpans)).toEqual(['has arrived']);
    expect(run('Nobody read the report.', 'Jeder las den Bericht.', EN_DE)[0]?.severity).toBe('critical');
  });

  it('marks the target verb group where the lost negation belongs, between finite and main verb', () => {
    const de = 'Dieses Verzeichnis sollte daher für größere Dateien verwandt werden.';
    const [f] = run('This directory should hence not be used for larger files.', de, EN_DE);
    expect(marked(de, f!.targetSpans)).toContain('sollte daher für größere Dateien verwandt werden');
    // German: the middle field, up to the clause's end when the finite verb stands alone, from the subordinator in a verb-final clause.
    const imperative = 'Trennen Sie Absätze durch Leerzeilen.';
    expect(marked(imperative, run('Do not separate paragraphs using blank lines.', imperative, EN_DE)[0]!.targetSpans)).toContain('Trennen Sie Absätze durch Leerzeilen');
    const relative = 'Speicher für Blöcke, der besonders groß werden sollte.';
    expect(marked(relative, run("Storage for blocks that shouldn't get very large.", relative, EN_DE)[0]!.targetSpans)).toContain('der besonders groß werden sollte');
    const en = 'Do terminate this list with a period.';
    const [g] = run('Schließen Sie die Liste nicht mit einem Punkt ab.', en);
    expect(marked(en, g!.targetSpans)).toContain('Do terminate');
  });

  it('flags one of two negations lost while the other is kept, as major', () => {
    const en = 'The input archive is processed sequentially, so reading it from standard input is not supported.';
    const [f, ...rest] = run('Das Eingabearchiv wird nicht sequenziell verarbeitet, daher wird das Einlesen von der Standardeingabe nicht unterstützt.', en);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'traps.negation-lost', severity: 'major' });
    expect(marked(en, f!.targetSpans)).toContain('is processed');
    // Both kept; "nicht ausreichend" rendered by "insufficient"; "ohne Rückmeldung" by "silently".
    expect(run('Das Archiv wird nicht sequenziell verarbeitet, daher wird die Eingabe nicht unterstützt.', 'The archive is not processed sequentially, so input is not supported.')).toEqual([]);
    expect(run('Falls nicht ausreichend Platz da ist, könnte es nicht gelingen.', 'If there is insufficient space, it may not succeed.')).toEqual([]);
    // "unless" renders „falls nicht“ in the count.
    expect(run('Speicher, der noch nicht zurückgefordert wurde, falls nicht absolut notwendig.', 'Memory that is not reclaimed unless absolutely necessary.')).toEqual([]);
    expect(run('Pakete werden ohne Rückmeldung verworfen und Gateway= kann nicht festgelegt werden.', 'Packets are discarded silently, and Gateway= cannot be specified.')).toEqual([]);
    const de = 'Falls »off«, wird der Dienst den Benutzer beim ersten Start befragen, selbst wenn die Werte noch nicht gesetzt sind.';
    expect(run("If off, the service won't query the user at first boot, even if the values are not set yet.", de, EN_DE)[0]?.rule).toBe('traps.negation-lost');
  });

  it('flags a negating affix whose bare stem the translation has, as major', () => {
    const de = 'Die Einhängung ist vom Wurzelverzeichnis aus mehr erreichbar.';
    const [f] = run('The mount is unreachable from the root directory.', de, EN_DE);
    expect(f).toMatchObject({ rule: 'traps.negation-lost', severity: 'major' });
    // The function words before the stem word are marked too: the negator goes in front of them.
    expect(marked(de, f!.targetSpans)[0]).toMatch(/mehr erreichbar$/u);
    expect(run('The mount is unreachable from the root directory.', 'Die Einhängung ist vom Wurzelverzeichnis aus nicht mehr erreichbar.', EN_DE)).toEqual([]);
    expect(run('The option is unavailable in this mode.', 'Die Option ist in diesem Modus unverfügbar.', EN_DE)).toEqual([]);
    // The source says the stem too, or the affix is a suffix that does not deny its stem.
    expect(run('Request that all unwritten data is written to disk.', 'Es wird angefordert, dass alle ungeschriebenen Daten auf Platte geschrieben werden.', EN_DE)).toEqual([]);
    expect(run('It is triggered regardless of this parameter.', 'Beachten Sie, dass es unabhängig von diesem Parameter ausgelöst wird.', EN_DE)).toEqual([]);
  });

  it('marks both the affixed word that may carry a lost negation and the place it belongs', () => {
    const en = 'The unprivileged service is constantly restarted.';
    const [f] = run('Der Dienst wird nicht ständig neu gestartet.', en);
    expect(f).toMatchObject({ rule: 'traps.negation-lost', severity: 'major' });
    expect(marked(en, f!.targetSpans)).toEqual(['unprivileged', 'is constantly restarted']);
  });

  it('lets an affix carry one negation, not all of them', () => {
    const de = 'Nicht privilegierte Benutzer können das Werkzeug ausführen, aber die Bewertung wird nicht angezeigt.';
    const [f] = run(de, 'Non-privileged users can run the tool, but the score is printed.');
    expect(f).toMatchObject({ rule: 'traps.negation-lost', severity: 'major' });
    // The second „nicht“ is the lost one: "Non-privileged" renders the first.
    expect(f!.sourceSpans).toEqual([{ start: de.lastIndexOf('nicht'), end: de.lastIndexOf('nicht') + 5 }]);
    expect(run('Nicht privilegierte Benutzer können das Werkzeug ausführen.', 'Non-privileged users can run the tool.')).toEqual([]);
  });

  it('flags a negation the translation adds', () => {
    const target = "We didn't change the price.";
    const [f] = run('Wir haben den Preis geändert.', target);
    expect(f).toMatchObject({ severity: 'critical', side: 'target' });
    expect(marked(target, f!.targetSpans)).toEqual(["didn't"]);
    expect(run('The door was open.', 'Die Tür war nie offen.', EN_DE)[0]?.severity).toBe('critical');
  });

  it('accepts negations kept in either direction', () => {
    expect(run('Die Lieferung ist nicht angekommen.', "The delivery hasn't arrived.")).toEqual([]);
    expect(run('Er kam ohne Schirm.', 'He came without an umbrella.')).toEqual([]);
    expect(run('Sie hat keine Zeit.', 'She has no time.')).toEqual([]);
    expect(run('Weder Anna noch Ben kamen.', 'Neither Anna nor Ben came.')).toEqual([]);
    expect(run('Nothing has changed.', 'Nichts hat sich geändert.', EN_DE)).toEqual([]);
    expect(run('Whether or not it rains, we go.', 'Ob es regnet oder nicht, wir gehen.', EN_DE)).toEqual([]);
    expect(run('See No. 5 for details.', 'Details stehen in Nr. 5.', EN_DE)).toEqual([]);
  });

  it('treats "nicht nur … sondern auch" and "not only … but also" alike', () => {
    expect(run('Er ist nicht nur klug, sondern auch fleißig.', 'He is not only clever but also diligent.')).toEqual([]);
    expect(run('Er ist nicht nur klug, sondern auch fleißig.', 'He is clever and also diligent.')).toEqual([]);
    expect(run('She is not just talented but also hard-working.', 'Sie ist begabt und auch fleißig.', EN_DE)).toEqual([]);
  });

  it('flags "not only" left as a bare "only", in both directions', () => {
    const en = 'The command applies to every file, just the first one.';
    const [f, ...rest] = run('Der Befehl wird auf alle Dateien angewandt, nicht nur auf die erste.', en);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'traps.not-only-lost', severity: 'major' });
    expect(marked(en, f!.targetSpans)).toEqual(['just']);
    expect(run('This is useful not only for the daemon, but also for debugging.', 'Dies ist nur für den Dienst, sondern auch für die Fehlersuche nützlich.', EN_DE)[0]?.rule).toBe('traps.not-only-lost');
    expect(run('Der Befehl wird auf alle Dateien angewandt, nicht nur auf die erste.', 'The command applies to every file, not just the first one.')).toEqual([]);
  });

  it('counts words that carry a negation in their meaning (lack, hardly, absent, kaum, fehlen, scheitern)', () => {
    expect(run('Er war sich der Gefahr nicht bewusst.', 'He was unaware of the danger.')).toEqual([]);
    expect(run('Es gibt kaum Informationen.', 'There is hardly any information.')).toEqual([]);
    expect(run('Dem Bericht fehlen wichtige Daten.', 'The report lacks important data.')).toEqual([]);
    expect(run('Das Projekt scheiterte an den Kosten.', 'The project failed because of the costs.')).toEqual([]);
    expect(run('The minister was absent from the vote.', 'Die Ministerin war bei der Abstimmung nicht anwesend.', EN_DE)).toEqual([]);
    const lost = run('Es gibt kaum Informationen.', 'There is a lot of information.');
    expect(lost.map((f) => [f.severity, marked('Es gibt kaum Informationen.', f.sourceSpans)])).toEqual([['major', ['kaum']]]);
    expect(run('Dem Bericht fehlen wichtige Daten.', 'The report has important data.')).toHaveLength(1);
    expect(run('Es gibt Informationen.', 'There is little information.')).toHaveLength(1);
  });

  it('flags a plain negation added beside one a word carries', () => {
    const [f] = run('Falls »yes«, werden fehlende Pakete ignoriert.', 'When "yes", the tool will not ignore missing packages.');
    expect(f?.severity).toBe('major');
    expect(marked('When "yes", the tool will not ignore missing packages.', f!.targetSpans)).toEqual(['not']);
    expect(run('Falls »yes«, werden fehlende Pakete ignoriert.', 'When "yes", the tool will ignore missing packages.')).toEqual([]);
  });

  it('reads "a few" and "a little" as quantities, not negations', () => {
    expect(run('Sie hat ein paar Fragen.', 'She has a few questions.')).toEqual([]);
    expect(run('Er wartete ein bisschen.', 'He waited a little.')).toEqual([]);
  });

  it('accepts an affix that negates the translation of the negated word', () => {
    expect(run('Das ist unmöglich.', 'That is not possible.')).toEqual([]);
    expect(run('That is impossible.', 'Das ist nicht möglich.', EN_DE)).toEqual([]);
    expect(run('Der Saft ist ohne Zucker.', 'The juice is sugar-free.')).toEqual([]);
    expect(run('Falls nicht gesetzt, wird eine Adresse ausgewählt.', 'When unset, an address is selected.')).toEqual([]);
  });

  it('softens to major when a prefix may carry the negation of a word the dictionary does not pair', () => {
    const [f] = run('Die Zeichen, die in der Seite nicht aufgeführt sind.', 'The characters that are unlisted in the page.');
    expect(f?.severity).toBe('major');
  });
});

describe('"muss nicht" and "must not"', () => {
  it('flags "müssen … nicht" rendered as "must not", with "need not" as fix', () => {
    const target = 'You must not fill in the form.';
    const [f, ...rest] = run('Sie müssen das Formular nicht ausfüllen.', target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ severity: 'critical', category: 'accuracy/mistranslation', side: 'both' });
    expect(applyFix(target, f)).toBe('You need not fill in the form.');
    const t2 = "You mustn't pay in advance.";
    expect(applyFix(t2, run('Du musst nicht im Voraus bezahlen.', t2)[0])).toBe("You needn't pay in advance.");
    const t3 = 'Customers must not register.';
    expect(applyFix(t3, run('Kunden brauchen sich nicht zu registrieren.', t3)[0])).toBe('Customers need not register.');
  });

  it('accepts "need not" / "don\'t have to" and a "must not" for "darf nicht"', () => {
    expect(run('Sie müssen das Formular nicht ausfüllen.', "You don't have to fill in the form.")).toEqual([]);
    expect(run('Sie müssen das Formular nicht ausfüllen.', 'You need not fill in the form.')).toEqual([]);
    expect(run('Sie dürfen das Formular nicht ausfüllen.', 'You must not fill in the form.')).toEqual([]);
    expect(run('Man muss nicht nur lesen, sondern auch schreiben.', 'One must not only read but also write.')).toEqual([]);
  });

  it('flags "must not" rendered as "muss nicht" (EN→DE), with "darf" as fix', () => {
    const target = 'Sie müssen Ihr Passwort nicht weitergeben.';
    const [f, ...rest] = run('You must not share your password.', target, EN_DE);
    expect(rest).toEqual([]);
    expect(f?.severity).toBe('critical');
    expect(applyFix(target, f)).toBe('Sie dürfen Ihr Passwort nicht weitergeben.');
    const t2 = 'Das Kind muss nicht allein baden.';
    expect(applyFix(t2, run("The child mustn't bathe alone.", t2, EN_DE)[0])).toBe('Das Kind darf nicht allein baden.');
  });

  it('accepts "darf nicht" for "must not" and "muss nicht" for "need not"', () => {
    expect(run('You must not share your password.', 'Sie dürfen Ihr Passwort nicht weitergeben.', EN_DE)).toEqual([]);
    expect(run('You need not share your password.', 'Sie müssen Ihr Passwort nicht weitergeben.', EN_DE)).toEqual([]);
  });
});

describe('false friends', () => {
  it.each([
    ['Eventuell kommt er morgen.', 'Eventually he will come tomorrow.', 'Possibly he will come tomorrow.'],
    ['Die aktuellen Zahlen sind gut.', 'The actual figures are good.', 'The current figures are good.'],
    ['Er arbeitet sehr konsequent.', 'He works very consequently.', 'He works very consistently.'],
    ['Das sind sensible Daten.', 'This is sensible data.', 'This is sensitive data.'],
    ['Mein Chef ist im Urlaub.', 'My chef is on holiday.', 'My boss is on holiday.'],
    ['Ich habe mein Handy verloren.', 'I lost my handy.', 'I lost my phone.'],
    ['Der Staat hat Billionen Schulden.', 'The state has billions in debt.', 'The state has trillions in debt.'],
    ['Er bekam einen Brief.', 'He became a letter.', 'He got a letter.'],
    ['Das Gift wirkt schnell.', 'The gift works quickly.', 'The poison works quickly.'],
    ['Ihre Rente ist sicher.', 'Her rent is safe.', 'Her pension is safe.'],
    ['Die Fabrik schließt.', 'The fabric is closing.', 'The factory is closing.'],
    ['Wir spenden jedes Jahr.', 'We spend every year.', 'We donate every year.'],
  ])('DE→EN %s', (source, target, fixed) => {
    const [f, ...rest] = run(source, target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'accuracy/mistranslation', severity: 'major', side: 'both' });
    expect(applyFix(target, f)).toBe(fixed);
  });

  it('flags false friends without a certain fix', () => {
    expect(run('Es ist also zu spät.', 'It is also too late.')[0]?.fix).toBeUndefined();
    expect(run('Diese Art von Fehler ist selten.', 'This art of error is rare.')).toHaveLength(1);
  });

  it.each([
    ['He eventually agreed.', 'Er stimmte eventuell zu.', 'Er stimmte schließlich zu.'],
    ['That is a sensible idea.', 'Das ist eine sensible Idee.', 'Das ist eine vernünftige Idee.'],
    ['The chef cooks well.', 'Der Chef kocht gut.', 'Der Koch kocht gut.'],
    ['The rent is due.', 'Die Rente ist fällig.', 'Die Miete ist fällig.'],
    ['We buy fabric.', 'Wir kaufen Fabrik.', 'Wir kaufen Stoff.'],
    ['She loves art.', 'Sie liebt Art.', 'Sie liebt Kunst.'],
  ])('EN→DE %s', (source, target, fixed) => {
    const [f, ...rest] = run(source, target, EN_DE);
    expect(rest).toEqual([]);
    expect(f?.category).toBe('accuracy/mistranslation');
    expect(applyFix(target, f)).toBe(fixed);
  });

  it('flags EN→DE false friends without a certain fix', () => {
    expect(run('He became a doctor.', 'Er bekam einen Arzt.', EN_DE)[0]?.fix).toBeUndefined();
    expect(run('Actually, it works.', 'Aktuell funktioniert es.', EN_DE)).toHaveLength(1);
  });

  it('does not flag look-alikes the source honestly asks for', () => {
    expect(run('Schließlich kam er doch.', 'Eventually he came after all.')).toEqual([]);
    expect(run('Eigentlich ist es aktuell.', 'It is actually current.')).toEqual([]);
    expect(run('Der Koch ist der Chef der Küche.', 'The chef is the head of the kitchen.')).toEqual([]);
    expect(run('Er wurde Arzt und bekam ein Auto.', 'He became a doctor and got a car.')).toEqual([]);
    expect(run('Die Schulden betragen 1,2 Billionen Euro.', 'The debt is 1.2 billion euros.')).toEqual([]);
    expect(run('Das Gerät ist handlich.', 'The device is handy.')).toEqual([]);
    expect(run('Er hat auch also gesagt.', 'He also said so.')).toEqual([]);
    expect(run('She bought a gift.', 'Sie kaufte ein Geschenk.', EN_DE)).toEqual([]);
    expect(run('He will possibly come.', 'Er kommt eventuell.', EN_DE)).toEqual([]);
  });

  it('matches words, not parts of words', () => {
    expect(run('Die Giftschlange biss.', 'The gift snake bit.')).toEqual([]);
    expect(run('Ein Handyvertrag kostet Geld.', 'A handy contract costs money.')).toEqual([]);
  });
});

describe('separable verbs', () => {
  it('knows at least 40 particle verbs', () => {
    expect(SEPARABLE_VERB_COUNT).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['Er gab das Rauchen auf.', 'He gave smoking.', 'gave'],
    ['Die Konferenz findet morgen in Berlin statt.', 'The conference finds tomorrow in Berlin.', 'finds'],
    ['Die Firma kündigte neue Produkte an.', 'The company terminated new products.', 'terminated'],
    ['Samsung stellte gestern das neue Modell vor.', 'Samsung put the new model yesterday.', 'put'],
    ['Die Zahl der Fälle nahm deutlich zu.', 'The number of cases took clearly.', 'took'],
    ['Die Verkäufe gingen im Winter zurück, und der Gewinn sank.', 'Sales went in winter, and profit sank.', 'went'],
    ['Er rief mich gestern zurück.', 'He called me yesterday.', 'called'],
    ['Ich schlug ein Treffen vor.', 'I hit a meeting.', 'hit'],
  ])('flags %s', (source, target, bare) => {
    const [f, ...rest] = run(source, target);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'accuracy/mistranslation', severity: 'major', side: 'both' });
    expect(marked(target, f!.targetSpans)).toEqual([bare]);
    expect(marked(source, f!.sourceSpans)).toHaveLength(2);
  });

  it.each([
    ['Er gab das Rauchen auf.', 'He gave up smoking.'],
    ['Er gab das Rauchen im letzten Jahr endgültig auf.', 'He finally gave smoking up last year.'],
    ['Er gab das Rauchen auf.', 'He quit smoking.'],
    ['Die Konferenz findet morgen in Berlin statt.', 'The conference takes place in Berlin tomorrow.'],
    ['Die Konferenz findet morgen in Berlin statt.', 'The conference will be held in Berlin tomorrow.'],
    ['Die Firma kündigte neue Produkte an.', 'The company announced new products.'],
    ['Samsung stellte gestern das neue Modell vor.', 'Samsung presented the new model yesterday.'],
    ['Die Zahl der Fälle nahm deutlich zu.', 'The number of cases increased significantly.'],
    ['Er gab ihm das Buch.', 'He gave him the book.'],
    ['Er stellte das Glas auf den Tisch.', 'He put the glass on the table.'],
    ['Sie fand den Schlüssel, als sie aufräumte.', 'She found the key when she tidied up.'],
  ])('accepts %s → %s', (source, target) => {
    expect(run(source, target)).toEqual([]);
  });

  it('does not look for German particles in English sources', () => {
    expect(run('He gave it up.', 'Er gab es.', EN_DE)).toEqual([]);
  });
});

describe('Sie and du', () => {
  it('flags a German target that mixes Sie and du', () => {
    const target = 'Bitte geben Sie dein Passwort ein.';
    const [f, ...rest] = run('Please enter your password.', target, EN_DE);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ category: 'fluency/grammar', severity: 'major', side: 'target' });
    expect(marked(target, f!.targetSpans)).toEqual(['Sie', 'dein']);
  });

  it('accepts one form of address, and a sentence-initial "Sie" (she/they)', () => {
    expect(run('Please enter your password.', 'Bitte geben Sie Ihr Passwort ein.', EN_DE)).toEqual([]);
    expect(run('Please enter your password.', 'Bitte gib dein Passwort ein.', EN_DE)).toEqual([]);
    expect(run('She says you are right.', 'Sie sagt, du hast recht.', EN_DE)).toEqual([]);
  });

  it('does not apply to English targets', () => {
    expect(run('Geben Sie dein Passwort ein.', 'Enter your password.')).toEqual([]);
  });

  it('tells the form of address of a text', () => {
    expect(addressForm('Bitte geben Sie Ihr Passwort ein.')).toBe('Sie');
    expect(addressForm('Hast du dein Passwort vergessen?')).toBe('du');
    expect(addressForm('Sie kommt morgen.')).toBeNull();
    expect(addressForm('Das Wetter ist schön.')).toBeNull();
    expect(addressForm('Können Sie mir helfen, oder hast du keine Zeit für dich?')).toBe('du');
  });
});

describe('opposite meaning', () => {
  const opposite = (f: Finding[]) => f.filter((x) => x.message.includes('says the opposite'));

  it('flags a scale word translated by its opposite, in both directions', () => {
    const [fell] = opposite(run('Der Absatz im Inland sank im dritten Quartal.', 'Domestic sales rose in the third quarter.'));
    expect(fell).toMatchObject({ category: 'accuracy/mistranslation', severity: 'critical', side: 'both' });
    expect(fell!.message).toBe('„sank“ (fallen) is translated as „rose“ (risen): the translation says the opposite.');
    expect(marked('Domestic sales rose in the third quarter.', fell!.targetSpans)).toEqual(['rose']);
    expect(opposite(run('Die Vereinbarung ist befristet.', 'The arrangement is permanent.'))).toHaveLength(1);
    expect(opposite(run('Die Stiftung meldet einen Verlust.', 'The foundation reports a profit.'))).toHaveLength(1);
    expect(opposite(run('Exports fell sharply in May.', 'Die Ausfuhren stiegen im Mai deutlich.', EN_DE))).toHaveLength(1);
    expect(opposite(run('The museum will be free of charge.', 'Das Museum wird kostenpflichtig sein.', EN_DE))).toHaveLength(1);
  });

  it('knows antonym pairs of its own: degree, comparison, success, rulings, permission, experience', () => {
    const flags = (source: string, target: string, ctx: CheckContext = DE_EN) => opposite(run(source, target, ctx)).length;
    expect(flags('Die Preise stiegen im Mai deutlich.', 'Prices went up slightly in May.')).toBe(1);
    expect(flags('Zwei Wanderer wurden leicht verletzt.', 'Two hikers were seriously injured.')).toBe(1);
    expect(flags('Im Winter kamen weniger Besucher.', 'More visitors came in winter.')).toBe(1);
    expect(flags('Der Versuch ist gescheitert.', 'The attempt succeeded.')).toBe(1);
    expect(flags('Das Gericht hat die Beschwerde abgewiesen.', 'The court upheld the complaint.')).toBe(1);
    expect(flags('Rauchen ist im Park verboten.', 'Smoking is allowed in the park.')).toBe(1);
    expect(flags('The new coach is inexperienced.', 'Der neue Trainer ist erfahren.', EN_DE)).toBe(1);
    expect(flags('Parking here is permitted.', 'Parken ist hier untersagt.', EN_DE)).toBe(1);
  });

  it('leaves the same pair rendered faithfully alone', () => {
    const flags = (source: string, target: string, ctx: CheckContext = DE_EN) => opposite(run(source, target, ctx)).length;
    expect(flags('Die Preise stiegen im Mai deutlich.', 'Prices rose significantly in May.')).toBe(0);
    expect(flags('Im Winter kamen mehr Besucher als im Sommer.', 'More visitors came in winter than in summer.')).toBe(0);
    expect(flags('Es kamen mehr Kinder und weniger Erwachsene.', 'Fewer adults and more children came.')).toBe(0);
    expect(flags('Er wohnt nicht mehr in Berlin.', 'He no longer lives in Berlin.')).toBe(0);
    expect(flags('Wie wir erfahren haben, kommt er morgen.', 'As we have learned, he is coming tomorrow.')).toBe(0);
    expect(flags('Smoking is banned in the park.', 'Rauchen ist im Park verboten.', EN_DE)).toBe(0);
  });

  it('leaves faithful translations, mixed statements and negations (the negation check’s) alone', () => {
    expect(opposite(run('Der Absatz im Inland stieg im dritten Quartal.', 'Domestic sales rose in the third quarter.'))).toEqual([]);
    expect(opposite(run('Exports fell sharply in May.', 'Die Ausfuhren sanken im Mai deutlich.', EN_DE))).toEqual([]);
    expect(opposite(run('Der Umsatz stieg, der Gewinn sank.', 'Revenue rose while profit fell.'))).toEqual([]);
    expect(opposite(run('Die Nachricht wurde nicht bestätigt.', 'The report was confirmed.'))).toEqual([]);
  });
});

describe('negation: what only looks like one', () => {
  const rules = (source: string, target: string, ctx: CheckContext = DE_EN) => run(source, target, ctx).map((f) => f.rule);

  it('leaves negators written as values: quoted, after "=", or the same word on both sides', () => {
    expect(rules('Dies wird auf »no« erzwungen.', 'This is forced to "no".')).toEqual([]);
    expect(rules('Die Abhängigkeiten werden hinzugefügt, es sei denn, DefaultDependencies=no ist gesetzt.', 'The dependencies are added, but DefaultDependencies=no is set.')).toEqual([]);
    expect(rules('Für negative Einstellungen sind 0, no, false und off äquivalent.', 'For negative settings, 0, no, false and off are equivalent.')).toEqual([]);
    // A negator said, not quoted, still counts.
    expect(rules('Dies wird erzwungen.', 'This is not forced.')).toEqual(['traps.negation-added']);
  });

  it('reads "or not" and "may or may not" as alternatives', () => {
    expect(rules('Die Befehle könnten gültig sein, abhängig von Ihrer Installation.', 'The commands may or may not be valid, depending on your installation.')).toEqual([]);
    expect(rules('Sie werden ausgewertet, je nachdem, ob sie erfolgreich sind.', 'They are evaluated according to whether they are likely to succeed or not.')).toEqual([]);
  });

  it('takes "unless" for a negated condition, not for a negated main clause', () => {
    expect(rules('Sofern nicht die Option --help angegeben ist, muss ein Befehl vorkommen.', 'Unless the --help option is given, a command must be present.')).toEqual([]);
    expect(rules('Unless the --help option is given, a command must be present.', 'Sofern nicht die Option --help angegeben ist, muss ein Befehl vorkommen.', EN_DE)).toEqual([]);
    expect(rules('Unless --no-convert is passed, the setting is applied.', 'Die Einstellung wird nicht angewandt, außer --no-convert wird übergeben.', EN_DE)).toEqual(['traps.negation-added']);
  });

  it('counts a split „schlägt … fehl“ as "fails", and „ein wenig“ as "a little"', () => {
    expect(rules('Der Prozess schlägt fehl, falls die Datei fehlt.', 'The process fails if the file is absent.')).toEqual([]);
    expect(rules('Manchmal hilft es ein wenig.', 'Sometimes it helps a little.')).toEqual([]);
  });
});
