import { describe, expect, it } from 'vitest';
import { coverageCheck } from './coverage';
import type { CheckContext, Finding } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };

function check(source: string, target: string, ctx: CheckContext): Finding[] {
  return coverageCheck({ id: 1, paragraph: 0, source, target }, ctx);
}

// Hand-written news-style pairs: faithful ones must pass untouched, damaged ones must be caught.
const faithfulDeEn: [string, string][] = [
  ['Xiaomi hat eine „langfristige Partnerschaft“ mit dem deutschen Kamerahersteller Leica angekündigt, und das erste Telefon aus dieser Partnerschaft wird im Juli erhältlich sein.',
   'Xiaomi has announced a "long-term partnership" with the German camera maker Leica, and the first phone from this partnership will be available in July.'],
  ['Xiaomi hat heute offiziell bestätigt, was schon seit einiger Zeit gemunkelt wurde.',
   'Xiaomi officially confirmed today what had been rumoured for some time.'],
  ['Der Technologiekonzern mit Hauptsitz in Peking kündigte die Zusammenarbeit am Montag an.',
   'The Beijing-based technology group announced the collaboration on Monday.'],
  ['Die Bundesregierung will die Steuern für kleine Unternehmen im nächsten Jahr senken.',
   'The federal government wants to cut taxes for small businesses next year.'],
  ['Der Umsatz stieg im dritten Quartal um zwölf Prozent auf 4,2 Milliarden Euro.',
   'Revenue rose by twelve percent to 4.2 billion euros in the third quarter.'],
  ['Die Polizei sucht nach Zeugen des Unfalls, der sich am Sonntagabend auf der Autobahn ereignete.',
   'Police are looking for witnesses to the accident, which happened on the motorway on Sunday evening.'],
  ['Nach Angaben des Unternehmens sollen in Deutschland rund 2.000 Arbeitsplätze wegfallen.',
   'According to the company, around 2,000 jobs are to be cut in Germany.'],
  ['Die Ministerin betonte, dass die Sicherheit der Bürger oberste Priorität habe.',
   'The minister stressed that the safety of citizens was the top priority.'],
  ['Das neue Smartphone verfügt über eine Kamera mit einem größeren Sensor.',
   'The new smartphone has a camera with a larger sensor.'],
  ['Die Preise für Strom und Gas sind im vergangenen Winter deutlich gestiegen.',
   'Electricity and gas prices rose significantly last winter.'],
  ['Der Vorstandschef trat nach nur zwei Jahren im Amt zurück.',
   'The chief executive resigned after only two years in office.'],
  ['Forscher der Universität München haben einen neuen Impfstoff entwickelt.',
   'Researchers at the University of Munich have developed a new vaccine.'],
  ['Die Verhandlungen zwischen den Gewerkschaften und den Arbeitgebern wurden ohne Ergebnis abgebrochen.',
   'Negotiations between the unions and the employers were broken off without a result.'],
  ['Die Stadt plant, bis 2030 klimaneutral zu werden.',
   'The city plans to become climate-neutral by 2030.'],
  ['Leica ist bekannt für seine hochwertigen Objektive und Kameras.',
   'Leica is known for its high-quality lenses and cameras.'],
  ['Das Gericht wies die Klage des Verbandes am Dienstag zurück.',
   'The court dismissed the association\'s lawsuit on Tuesday.'],
  ['Die Zahl der Arbeitslosen ist im Mai leicht gesunken.',
   'The number of unemployed people fell slightly in May.'],
  ['Der Konzern erwartet für das laufende Geschäftsjahr einen Gewinn von mehr als einer Milliarde Euro.',
   'The group expects a profit of more than one billion euros for the current financial year.'],
];
const faithfulEnDe: [string, string][] = [
  ['The company announced on Monday that it would open a new factory in Poland.',
   'Das Unternehmen kündigte am Montag an, dass es eine neue Fabrik in Polen eröffnen werde.'],
  ['Prices for food rose sharply in the first half of the year.',
   'Die Preise für Lebensmittel stiegen im ersten Halbjahr stark.'],
  ['The minister said the government would not raise taxes.',
   'Der Minister sagte, die Regierung werde die Steuern nicht erhöhen.'],
  ['The new phone will be available in Europe from July.',
   'Das neue Telefon wird ab Juli in Europa erhältlich sein.'],
  ['Scientists have discovered a new species of frog in the rainforest.',
   'Wissenschaftler haben im Regenwald eine neue Froschart entdeckt.'],
  ['The police arrested two suspects after the robbery.',
   'Die Polizei nahm nach dem Überfall zwei Verdächtige fest.'],
];
// [source, target, side that must be flagged]
const flawedDeEn: [string, string, 'omission' | 'addition'][] = [
  ['Der Technologiekonzern mit Hauptsitz in Peking kündigte die Zusammenarbeit am Montag an, nachdem monatelang darüber spekuliert worden war.',
   'The Beijing-based technology group announced the collaboration on Monday.', 'omission'],
  ['Die Polizei sucht nach Zeugen des Unfalls, der sich am Sonntagabend auf der Autobahn ereignete.',
   'Police are looking for witnesses to the accident.', 'omission'],
  ['Xiaomi hat heute offiziell bestätigt, was schon seit einiger Zeit gemunkelt wurde.',
   'Xiaomi officially confirmed today what had been rumoured for some time, making it the largest camera deal in history.', 'addition'],
  ['Das neue Smartphone verfügt über eine Kamera mit einem größeren Sensor.',
   'The new smartphone, which costs 999 dollars, has a camera with a larger sensor.', 'addition'],
  ['Die Preise für Strom und Gas sind im vergangenen Winter deutlich gestiegen.',
   'Gas prices rose last winter.', 'omission'],
];
const flawedEnDe: [string, string, 'omission' | 'addition'][] = [
  ['The company announced on Monday that it would open a new factory in Poland.',
   'Das Unternehmen kündigte am Montag an, eine Fabrik zu eröffnen.', 'omission'],
  ['The police arrested two suspects after the robbery.',
   'Die Polizei nahm nach dem brutalen Überfall in der Innenstadt zwei Verdächtige fest.', 'addition'],
];

describe('coverageCheck', () => {
  it.each(faithfulDeEn)('passes a faithful German → English pair: %s', (source, target) => {
    expect(check(source, target, DE_EN)).toEqual([]);
  });

  it.each(faithfulEnDe)('passes a faithful English → German pair: %s', (source, target) => {
    expect(check(source, target, EN_DE)).toEqual([]);
  });

  it.each(flawedDeEn)('flags German → English %s / %s as %s', (source, target, kind) => {
    const findings = check(source, target, DE_EN);
    expect(findings.map((f) => f.category)).toContain(`accuracy/${kind}`);
  });

  it.each(flawedEnDe)('flags English → German %s / %s as %s', (source, target, kind) => {
    const findings = check(source, target, EN_DE);
    expect(findings.map((f) => f.category)).toContain(`accuracy/${kind}`);
  });

  it('reports a dropped clause as one major omission with a span on the source', () => {
    const source = 'Die Polizei sucht nach Zeugen des Unfalls, der sich am Sonntagabend auf der Autobahn ereignete.';
    const [finding, ...rest] = check(source, 'Police are looking for witnesses to the accident.', DE_EN);
    expect(rest).toEqual([]);
    expect(finding).toMatchObject({ check: 'coverage', category: 'accuracy/omission', severity: 'major', side: 'source', targetSpans: [] });
    const span = finding?.sourceSpans[0];
    expect(span && source.slice(span.start, span.end)).toBe('Sonntagabend auf der Autobahn ereignete');
  });

  it('reports an added claim with a span on the target', () => {
    const target = 'Xiaomi officially confirmed today what had been rumoured for some time, making it the largest camera deal in history.';
    const findings = check('Xiaomi hat heute offiziell bestätigt, was schon seit einiger Zeit gemunkelt wurde.', target, DE_EN);
    const added = findings.find((f) => f.category === 'accuracy/addition');
    expect(added).toMatchObject({ severity: 'major', side: 'target', sourceSpans: [] });
    const span = added?.targetSpans[0];
    expect(span && target.slice(span.start, span.end)).toBe('making it the largest camera deal in history');
  });

  it('rates a single missing word minor and glosses it', () => {
    const findings = check('Der Konzern mit Hauptsitz in Peking wächst.', 'The group in Beijing is growing.', DE_EN);
    expect(findings).toEqual([
      expect.objectContaining({ category: 'accuracy/omission', severity: 'minor', message: '“Hauptsitz” (headquarters) has no counterpart in the translation.' }),
    ]);
  });

  it('skips untranslated segments', () => {
    expect(check('Xiaomi bestätigt die Partnerschaft mit Leica.', '', DE_EN)).toEqual([]);
    expect(check('Xiaomi bestätigt die Partnerschaft mit Leica.', '   ', DE_EN)).toEqual([]);
  });
});

describe('coverage: contractions, particles and compounds', () => {
  const omitted = (f: Finding[]) => f.filter((x) => x.category === 'accuracy/omission');
  const added = (f: Finding[]) => f.filter((x) => x.category === 'accuracy/addition');

  it('reads English contractions as the function words they stand for', () => {
    expect(check('The bridge wasn’t open and they’ve closed the road.', 'Die Brücke war nicht offen und sie haben die Straße gesperrt.', EN_DE)).toEqual([]);
    expect(check('Die Brücke ist nicht offen.', "The bridge isn't open.", DE_EN)).toEqual([]);
  });

  it('still finds a content word left out next to a contraction', () => {
    const f = omitted(check("The bridge wasn't open and they've closed the harbour road.", 'Die Brücke war nicht offen und sie haben die Straße gesperrt.', EN_DE));
    expect(f).toHaveLength(1);
    expect(f[0]?.message).toContain('harbour');
  });

  it('treats German directional particles as function words', () => {
    expect(added(check('The balloon drifted across the lake.', 'Der Ballon trieb über den See hinweg.', EN_DE))).toEqual([]);
    expect(omitted(check('Der Ballon trieb über den See hinweg.', 'The balloon drifted across the lake.', DE_EN))).toEqual([]);
  });

  it('links the rest of an English open compound to a German closed one', () => {
    expect(omitted(check('The farmers watched the night sky.', 'Die Bauern beobachteten den Nachthimmel.', EN_DE))).toEqual([]);
    expect(added(check('Die Bauern beobachteten den Nachthimmel.', 'The farmers watched the night sky.', DE_EN))).toEqual([]);
  });

  it('does not link a word that is not next to the compound’s counterpart', () => {
    const f = added(check('Die Bauern beobachteten den Nachthimmel.', 'The farmers watched the night and the young cattle.', DE_EN));
    expect(f[0]?.message).toContain('young cattle');
  });
});

describe('reported speech', () => {
  it('reads the Konjunktiv I of auxiliaries and modals as function words, like their indicative forms', () => {
    const omitted = (f: Finding[]) => f.filter((x) => x.category === 'accuracy/omission');
    expect(omitted(check('Der Sprecher sagte, man könne den Termin nicht halten.', 'The spokesman said the deadline could not be met.', DE_EN))).toEqual([]);
    expect(omitted(check('Eine Reform sei nicht geplant, hieß es.', 'A reform is not planned, it said.', DE_EN))).toEqual([]);
  });
});

describe('a lone omitted word', () => {
  const omitted = (f: Finding[]) => f.filter((x) => x.category === 'accuracy/omission');
  it('is reported for a German noun, which carries a whole thing', () => {
    const f = omitted(check('Der Konzern nannte hohe Energiekosten und Sonderabschreibungen als Grund.', 'The group cited high energy costs as the reason.', DE_EN));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('Sonderabschreibungen');
  });

  it('is reported for a German adjective before its noun, even when the noun found a paraphrase', () => {
    const f = omitted(check('Die Firma will in naher Zukunft neue Modelle zeigen.', 'The company wants to show new models.', DE_EN));
    expect(f.map((x) => x.message).join(' ')).toContain('naher');
  });

  it('is not reported for a lower-case German word, which a translation restructures ("es gibt" → "there is")', () => {
    expect(omitted(check('In der Stadt gibt es drei neue Schulen.', 'There are three new schools in the city.', DE_EN))).toEqual([]);
    expect(omitted(check('Das geht aus dem Bericht der Behörde hervor.', 'This emerges from the authority’s report.', DE_EN))).toEqual([]);
  });

  it('is not reported for English hedges, indefinite pronouns and light verbs that German leaves implicit', () => {
    expect(omitted(check('Now the plan is sort of finished, and anyone can read it.', 'Der Plan ist fertig, und jeder kann ihn lesen.', EN_DE))).toEqual([]);
    expect(omitted(check('We were able to finish the work.', 'Wir konnten die Arbeit beenden.', EN_DE))).toEqual([]);
  });

  it('is still reported for an English source word, since English marks no nouns', () => {
    expect(omitted(check('The city opened three new schools.', 'Die Stadt eröffnete drei Schulen.', EN_DE))).not.toEqual([]);
  });
});

describe('a lone added word', () => {
  const added = (f: Finding[]) => f.filter((x) => x.category === 'accuracy/addition');
  it('is wording, not an addition: English spells out what a German word or compound holds', () => {
    expect(added(check('Die Regierung hat die Pläne dagegen verteidigt.', 'The government, on the other hand, defended the plans.', DE_EN))).toEqual([]);
    expect(added(check('Der Verband kritisierte die Pläne.', 'The trade association criticised the plans.', DE_EN))).toEqual([]);
    expect(added(check('The minister defended the plans.', 'Der Minister verteidigte die Pläne ausdrücklich.', EN_DE))).toEqual([]);
  });

  it('is still reported as part of an added phrase of two content words or more', () => {
    const f = added(check('Der Verband kritisierte die Pläne.', 'The association sharply criticised the expensive plans of the city council.', DE_EN));
    expect(f).toHaveLength(1);
    expect(f[0]!.message).toContain('city council');
    const de = added(check('The minister defended the plans.', 'Der Minister verteidigte die Pläne gegen heftige Kritik der Opposition.', EN_DE));
    expect(de).toHaveLength(1);
    expect(de[0]!.message).toContain('heftige Kritik der Opposition');
  });
});

describe('words the translation renders without a dictionary match', () => {
  const omitted = (source: string, target: string) =>
    check(source, target, DE_EN)
      .filter((f) => f.category === 'accuracy/omission')
      .flatMap((f) => f.sourceSpans.map((x) => source.slice(x.start, x.end)));

  it('takes a noun that classifies the number after it as rendered by the number', () => {
    expect(omitted('Die Firma wurde im Jahr 2019 gegründet.', 'The company was founded in 2019.')).toEqual([]);
    expect(omitted('Die Firma wurde im Jahr 2019 in Berlin gegründet.', 'The firm was founded in Berlin.')).toEqual(['Jahr 2019']);
  });

  it('takes a word of a dictionary phrase as rendered by the phrase’s translation', () => {
    expect(omitted('Sie hat ein paar Ideen für das neue Projekt.', 'She has a few ideas for the new project.')).toEqual([]);
  });

  it('takes an abstract noun as rendered by the adverb of its base adjective', () => {
    expect(omitted('Das Projekt wird mit ziemlicher Sicherheit scheitern.', 'The project will almost certainly fail.')).toEqual([]);
    expect(omitted('Das Projekt wird mit ziemlicher Sicherheit scheitern.', 'The project will fail.')).not.toEqual([]);
  });
});

describe('severity by length', () => {
  it('rates an omission of several words major only when the translation is shorter than the pair usually is', () => {
    const source = 'Die Polizei sucht nach Zeugen des Unfalls, der sich am Sonntagabend auf der Autobahn ereignete.';
    const short = check(source, 'Police are looking for witnesses to the accident.', DE_EN).find((f) => f.category === 'accuracy/omission');
    expect(short?.severity).toBe('major');
    // As long as the pair usually is (here by saying the rest twice): a rewording as likely as an omission.
    const padded = check(source, 'Police are looking for witnesses to the accident: the police are looking for witnesses to that accident.', DE_EN).find(
      (f) => f.category === 'accuracy/omission',
    );
    expect(padded?.severity).toBe('minor');
  });
});

describe('coverage.verb-omitted', () => {
  const verbOmitted = (findings: Finding[]) => findings.filter((f) => f.rule === 'coverage.verb-omitted');

  it('marks the German verb an English translation without a verb left out, as critical', () => {
    const source = 'Das Programm gibt die Liste der Dateien aus.';
    const [found, ...rest] = verbOmitted(check(source, 'The program the list of files.', DE_EN));
    expect(rest).toEqual([]);
    expect(found?.severity).toBe('critical');
    expect(found?.sourceSpans.map((s) => source.slice(s.start, s.end))).toEqual(['gibt', 'aus']);
  });

  it('marks an English modal left without its verb', () => {
    const target = 'The process can no files.';
    const [found] = verbOmitted(check('Der Prozess kann keine Dateien löschen.', target, DE_EN));
    expect(found?.targetSpans.map((s) => target.slice(s.start, s.end))).toEqual(['can']);
  });

  it('marks the English verb a German translation without a verb left out', () => {
    expect(verbOmitted(check('The program deletes the file.', 'Das Programm die Datei.', EN_DE))).toHaveLength(1);
  });

  it('marks a German "werden" left without its participle', () => {
    const target = 'Mehrere komprimierte Dateien können werden.';
    const [found] = verbOmitted(check('Multiple compressed files can be concatenated.', target, EN_DE));
    expect(found?.targetSpans.map((s) => target.slice(s.start, s.end))).toEqual(['werden']);
    expect(verbOmitted(check('Multiple compressed files can be concatenated.', 'Mehrere komprimierte Dateien können verkettet werden.', EN_DE))).toEqual([]);
  });

  it('passes a translation that keeps the verb, and one that words it without a verb the dictionary cannot link', () => {
    expect(verbOmitted(check('Das Programm gibt die Liste der Dateien aus.', 'The program prints the list of files.', DE_EN))).toEqual([]);
    expect(verbOmitted(check('Der Prozess kann keine Dateien löschen.', 'The process cannot delete any files.', DE_EN))).toEqual([]);
    expect(verbOmitted(check('Should a script be run, the program reports it.', 'Sollte ein Skript ausgeführt werden, meldet das Programm es.', EN_DE))).toEqual([]);
  });
});

describe('words rendered without a link of their own', () => {
  /** The quoted words of the coverage findings, omissions and additions alike. */
  const named = (source: string, target: string, ctx: CheckContext) =>
    check(source, target, ctx)
      .filter((f) => f.rule === 'coverage.omission' || f.rule === 'coverage.addition')
      .flatMap((f) => [...f.message.matchAll(/“([^”]+)”/g)].map((m) => m[1]));

  it('takes a pronoun the stop list lacks as a function word, by the shared analysis', () => {
    expect(named('Hier kann jemand die Datei ändern.', 'Here the file can be changed.', DE_EN)).not.toContain('jemand');
    // A quantifier says how many: it is content.
    expect(named('Hier können sämtliche Dateien geändert werden.', 'Here files can be changed.', DE_EN)).toContain('sämtliche');
  });

  it('takes a code word the other side has verbatim as rendered', () => {
    expect(named('Verhält sich wie »MORE« mit der Option.', 'Behaves like "more" with the option.', DE_EN)).toEqual([]);
  });

  it('takes a repeated word as rendered when one occurrence is linked', () => {
    expect(named('Benutzeranmeldungen erlauben und verbieten', 'Permit user logins, prohibit user logins', DE_EN)).not.toContain('logins');
  });

  it('takes the prefix of a hyphenated word with its linked part', () => {
    expect(named('Für andere Geräte wird die Nummer unterdrückt.', 'For non-network devices, the number is suppressed.', DE_EN)).not.toContain('non');
  });

  it('takes the words between two parts of one compound’s rendering as the compound’s', () => {
    expect(named('Jede Datei enthält eine Liste von Kernelbinärformatregeln.', 'Each file contains a list of kernel binary format rules.', DE_EN)).toEqual([]);
    // A separable verb's bracket is no compound: the noun inside it still counts.
    expect(named('Legt die harte Begrenzung fest.', 'Specifies the limit.', DE_EN)).toContain('harte');
  });
});
