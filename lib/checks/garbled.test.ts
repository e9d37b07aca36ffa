import { describe, expect, it } from 'vitest';
import { garbledIssues, garbledSourceCheck } from './garbled';
import type { CheckContext, SegmentInput } from './types';

const deEn: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const enDe: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const seg = (source: string, target = ''): SegmentInput => ({ id: 1, paragraph: 0, source, target });
const flagged = (text: string) => garbledIssues(text).map((i) => ({ rule: i.rule, words: text.slice(i.span.start, i.span.end) }));

const CORRECT = [
  'Er hat mehr gearbeitet als sein Bruder.',
  'Die Firma wird im Herbst ein neues Modell vorstellen.',
  'Der Vertrag wurde am Montag in Berlin unterschrieben.',
  'Wir haben lange überlegt, ob wir das Angebot annehmen sollen.',
  'Das Unternehmen, das vor allem für seine Uhren bekannt ist, hat einen neuen Chef.',
  'Weil der Zug ausgefallen war, kam sie zu spät zur Sitzung.',
  'Kommst du morgen mit ins Kino?',
  'Wann wird das neue Gerät in Deutschland erhältlich sein?',
  'Bitte schicken Sie uns die Unterlagen bis Freitag.',
  'Kauf dir endlich ein neues Fahrrad!',
  'Sie sagte: „Wir sind mit den Zahlen sehr zufrieden.“',
  'Der Sprecher nannte die Pläne „ehrgeizig, aber machbar“.',
  'Im Paket enthalten sind ein Ladegerät, ein Kabel und eine Hülle.',
  'Neue Tablets von Samsung im Test',
  'Das Samsung Galaxy Tab S9',
  'Sie hat großen Hunger.',
  'Die Kinder spielen im Garten Fußball.',
  'Nachdem sie das Studium beendet hatte, zog sie nach Hamburg.',
  'Der Kunde, dem wir das Angebot geschickt haben, hat noch nicht geantwortet.',
  'Die Regierung will die Steuern senken, um die Wirtschaft zu stärken.',
  'Das Buch, dessen Autor in Wien lebt, ist ein großer Erfolg.',
  'Vielen Dank für Ihre schnelle Antwort.',
  'Die Konferenz findet wie geplant Ende Mai in München statt.',
  'Das Für und Wider dieser Lösung wurde lange diskutiert.',
  'Ob das Projekt rechtzeitig fertig wird, weiß niemand.',
  'Seit Jahren ist Berlin das Ziel vieler junger Künstler.',
  'Er tut so, als wäre nichts passiert.',
  'Die Firma hat in Europa großen Erfolg mit ihren Kameras.',
  'Die Verhandlungen sollen nächste Woche fortgesetzt werden.',
  'Das Telefon wird im Juli vorgestellt, der Verkauf beginnt im August.',
  'Die Abstimmung ergab eine klare Mehrheit für den Vorschlag.',
  'Der Konzern teilte mit, die Gespräche seien auf einem guten Weg.',
  'Wie viele Exemplare verkauft wurden, ist nicht bekannt.',
  'Lass uns morgen darüber reden!',
  'Sie werden das Haus verkaufen müssen.',
  '„Wir sind stolz auf das Ergebnis“, sagte die Chefin.',
  '„Das wird ein gutes Jahr. Es war ein langer Tag.“',
  'Der Titel des Films lautet „Die Rückkehr“.',
  'Im Interview mit der Zeitung Die Welt äußerte er sich kritisch.',
  'Die Firma hat Standorte in Berlin, Paris und London.',
  'Der Hersteller hat das Modell gründlich überarbeitet: Es ist leichter und schneller.',
  'Die neue Regel gilt ab dem 1. Januar 2025.',
  'Ein Werbefoto, das bei der Vorstellung gezeigt wurde.',
  'Die Gewinner werden im Dezember bekannt gegeben.',
  'Das Album wurde produziert von einem Team aus London.',
  'Er hat versucht, den Fehler selbst zu beheben.',
  'Nein, auf keinen Fall.',
  'Fotos: Xiaomi',
  // Prepositional phrases after the verb where German allows them, and one finite verb per clause.
  'Die Lage wird ernst für die Regierung.',
  'Er hat begonnen zu arbeiten, als die Sonne aufging.',
  'Das Museum ist geöffnet von neun bis 18 Uhr.',
  'Sie ist verheiratet mit einem Arzt aus Bonn.',
  'Der Vertrag wurde gestern unterschrieben und gilt ab Januar.',
  'Er hat gesagt, dass er morgen kommt und dass er das Geld hat.',
  'Wer das Spiel gewinnt, hat gute Chancen, und wer verliert, ist raus.',
  'Hat sie angerufen oder hat sie geschrieben?',
  'Die Frage ist, was er damit gemeint hat.',
  'Der Brief, den sie geschrieben hatte, wurde nie abgeschickt.',
  'Das Ergebnis soll in zwei Wochen veröffentlicht werden.',
  'Der Film „Hat er recht?“ läuft seit Donnerstag im Kino.',
  'Sie fragte: Hat er schon angerufen?',
  'Die Brücke wird gebaut, sobald das Geld da ist.',
  'Die Stadt wird das Bad schließen und die Schüler werden auf andere Bäder ausweichen.',
  // Separable verbs with the particle at the end, the formal imperative, a verb after a subject pronoun.
  'Xiaomi kündigte die Partnerschaft am Montag an.',
  'Bewahren Sie die Unterlagen an einem sicheren Ort auf.',
  'Schalten Sie das Gerät vor der Reinigung aus.',
  'Sie rief ihn gestern an.',
  'Der st-Treiber verwendet die Major-Gerätenummer 9.',
  'Um den Modus mit nur einem Thread zu verwenden, setzen Sie die Anzahl der Threads auf 1.',
];

describe('garbledSourceCheck on correct German', () => {
  it.each(CORRECT)('finds nothing in %s', (sentence) => {
    expect(flagged(sentence)).toEqual([]);
  });
});

describe('garbledSourceCheck on garbled German', () => {
  it.each([
    ['Die Firma wird das neue Tablet auf der Messe zeigen September.', 'bracket', 'September'],
    ['Der Minister hat das Abkommen unterschrieben Dienstag.', 'bracket', 'Dienstag'],
    ['Die Band hat ein neues Album aufgenommen 2021 in London.', 'bracket', '2021 in London'],
    ['Forscher hatten erste Hinweise darauf entdeckt Kooperation Mitte Mai.', 'bracket', 'Kooperation Mitte Mai'],
    ['Vor einem Jahr Spuren davon gefunden Übernahme im Herbst.', 'bracket', 'Übernahme im Herbst'],
    ['Der Hersteller ist mit Zulieferer verbunden Bosch.', 'bracket', 'Bosch'],
    ['Die Stadt plant neue Radwege mit Im Zentrum der Altstadt.', 'capital', 'Im'],
    ['Das Team gewann das Finale und Die Fans feierten bis spät in die Nacht.', 'capital', 'Die'],
    ['Der Chef nannte das Ergebnis „solide“ „Überraschend starkes Quartal“ für den Konzern.', 'quote', '“ „'],
    ['Er sprach von einem „großen Schritt nach vorn.“ Zukunft.“', 'quote', 'Zukunft.“'],
    ['Die Bahn wird eine neue Strecke bauen „Schnelle Verbindung Nord“ zwischen den Städten.', 'quote', '„Schnelle Verbindung Nord“'],
    ['Er sagte „wir kommen morgen und ging.', 'quote', '„'],
    ['Ein langer Streit über die Kosten der Sanierung der alten Brücke.', 'fragment', 'Ein langer Streit über die Kosten der Sanierung der alten Brücke.'],
    ['Das Museum zeigt die Bilder, deren Wert auf geschätzt wird Millionen.', 'order', 'Millionen'],
    ['Die Gruppe hat sich im ist Sommer getrennt.', 'order', 'im ist'],
    ['Der Konzern hat wird neue Filialen eröffnen.', 'order', 'hat wird'],
    ['Die Anlage soll im nächsten Jahr erweitert.', 'order', 'erweitert'],
    // A prepositional phrase after the verb that closes the clause, or wedged between it and the rest.
    ['Der Minister hat den Vertrag unterschrieben in Brüssel.', 'bracket', 'in Brüssel'],
    ['Die Firma hat das Werk geschlossen wegen hoher Kosten und viele Stellen gestrichen.', 'bracket', 'wegen hoher Kosten'],
    ['Die Regierung will die Steuern senken ab dem Jahr 2027.', 'bracket', 'ab dem Jahr 2027'],
    // A finite auxiliary capitalised in mid-sentence, or left over as a second finite verb.
    ['Ein Sprecher Hat die Pläne am Abend bestätigt.', 'capital', 'Hat'],
    ['Die Stadt Wird im Sommer ein neues Bad eröffnen.', 'capital', 'Wird'],
    ['Die Brücke wurde im Jahr 1920 gebaut wurde.', 'order', 'wurde'],
    ['Der Termin hat sich verschoben, weil der Zug zu spät angekommen ist war.', 'order', 'ist war'],
  ])('flags %s', (sentence, rule, words) => {
    expect(flagged(sentence)).toContainEqual({ rule, words });
  });

  it('uses major for stranded words and minor for a lone capital or fragment', () => {
    const [bracket] = garbledSourceCheck(seg('Der Minister hat das Abkommen unterschrieben Dienstag.'), deEn);
    expect(bracket).toMatchObject({ severity: 'major', category: 'source-quality', side: 'source', check: 'garbled-source' });
    expect(bracket!.message).toContain('„unterschrieben“');
    const [capital] = garbledSourceCheck(seg('Das Team gewann das Finale und Die Fans feierten.'), deEn);
    expect(capital!.severity).toBe('minor');
    const [fragment] = garbledSourceCheck(seg('Die Entscheidung über die Zukunft des Werks in Bremen.'), deEn);
    expect(fragment!.severity).toBe('minor');
  });

  it('rates a phrase after the clause-final verb minor, and one wedged inside the clause major', () => {
    const [after] = garbledSourceCheck(seg('Der Minister hat den Vertrag unterschrieben in Brüssel.'), deEn);
    expect(after).toMatchObject({ severity: 'minor', category: 'source-quality' });
    expect(after!.message).toContain('„unterschrieben“');
    const [inside] = garbledSourceCheck(seg('Die Firma hat das Werk geschlossen wegen hoher Kosten und viele Stellen gestrichen.'), deEn);
    expect(inside!.severity).toBe('major');
  });

  it('raises a minor problem to major when the sentence is damaged in two ways', () => {
    const findings = garbledSourceCheck(seg('Die Firma wird und Der Chef das Werk schließen Oktober.'), deEn);
    expect(findings.length).toBeGreaterThan(1);
    expect(findings.every((f) => f.severity === 'major')).toBe(true);
  });

  it('finds each sentence’s problems when a segment holds several', () => {
    const text = 'Das Wetter war schön. Der Minister hat das Abkommen unterschrieben Dienstag.';
    expect(flagged(text)).toEqual([{ rule: 'bracket', words: 'Dienstag' }]);
  });
});

describe('which side is checked', () => {
  it('leaves English sources alone and checks a German target as fluency/grammar', () => {
    const s = seg('The minister signed the agreement on Tuesday.', 'Der Minister hat das Abkommen unterschrieben Dienstag.');
    const [finding, ...rest] = garbledSourceCheck(s, enDe);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ category: 'fluency/grammar', side: 'target', sourceSpans: [] });
    expect(s.target.slice(finding!.targetSpans[0]!.start, finding!.targetSpans[0]!.end)).toBe('Dienstag');
  });

  it('does not check an English target', () => {
    expect(garbledSourceCheck(seg('Das ist gut.', 'That is good Tuesday the.'), deEn)).toEqual([]);
  });
});

describe('finite verbs after a demonstrative subject', () => {
  it('reads a present-tense verb after "Das"/"Dies" as finite', () => {
    expect(flagged('Das entspricht einem Anstieg von vier Prozent gegenüber dem Vormonat.')).toEqual([]);
    expect(flagged('Dies gilt auch für alle Filialen im Norden.')).toEqual([]);
    expect(flagged('Er baut mit seinem Vater ein Haus.')).toEqual([]);
  });

  it('still flags a sentence without any finite verb', () => {
    expect(flagged('Das neue Angebot mit einem Anstieg von vier Prozent gegenüber dem Vormonat.').map((i) => i.rule)).toEqual(['fragment']);
  });
});

describe('readings of the shared analysis', () => {
  it('takes an inflected participle before its noun for an adjective, not a clause-final verb', () => {
    expect(flagged('Die durch Kommas getrennten Namen werden gelesen.')).toEqual([]);
    expect(flagged('Die Liste der im Verzeichnis gespeicherten Dateien.')).toEqual([]);
    // The bare participle before a noun is still the stranded verb.
    expect(flagged('Der Minister hat das Abkommen unterschrieben Dienstag.')).toContainEqual({ rule: 'bracket', words: 'Dienstag' });
  });

  it('finds the finite verb the analysis reads where the word shapes do not', () => {
    expect(flagged('Der Abschnitt »[CAKE]« verwaltet die Warteschlangendisziplin (qdisc).')).toEqual([]);
    expect(flagged('Der Abschnitt »[CAKE]« die Warteschlangendisziplin (qdisc).')).toContainEqual(expect.objectContaining({ rule: 'fragment' }));
  });
});
