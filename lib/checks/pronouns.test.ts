import { describe, expect, it } from 'vitest';
import { pronounsCheck } from './pronouns';
import type { CheckContext } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext = DE_EN) =>
  pronounsCheck({ id: 1, paragraph: 0, source, target }, ctx).map((f) => target.slice(f.targetSpans[0]!.start, f.targetSpans[0]!.end));

describe('pronoun gender', () => {
  it('flags a person whose gender the translation changed, in both directions', () => {
    expect(run('Er öffnet die Datei.', 'She opens the file.')).toEqual(['She']);
    expect(run('Sie hat ihren Schlüssel vergessen.', 'He forgot his key.')).toEqual(['He']);
    expect(run('He opened the file.', 'Sie öffnete die Datei.', EN_DE)).toEqual(['Sie']);
  });

  it('flags "he" or "she" for a German text whose only pronoun is „es“', () => {
    expect(run('Falls es angegeben ist, werden nur diese Dateien angezeigt.', 'If he is given, only these files are shown.')).toEqual(['he']);
    expect(run('Falls es angegeben ist, werden nur diese Dateien angezeigt.', 'If it is given, only these files are shown.')).toEqual([]);
  });

  it('passes kept genders, and German pronouns that stand for "it", "they" or the formal "you"', () => {
    expect(run('Er öffnet die Datei.', 'He opens the file.')).toEqual([]);
    expect(run('Der Befehl zeigt seine Optionen.', 'The command shows its options.')).toEqual([]);
    expect(run('Sie öffnen die Datei.', 'They open the file.')).toEqual([]);
    expect(run('Bitte geben Sie Ihr Passwort ein.', 'Please enter your password.')).toEqual([]);
    expect(run('She said it works.', 'Sie sagte, es funktioniert.', EN_DE)).toEqual([]);
    expect(run('Der Vertrag ist gültig, weil er unterschrieben wurde.', 'The contract is valid because it was signed.')).toEqual([]);
  });
});

describe('pronoun and antecedent into German', () => {
  it('flags a „sie“ or „ihr“ for "it" that no feminine or plural noun before it can stand for', () => {
    expect(run('If enabled, the system manager spawns a shell when it crashes.', 'Falls aktiviert, startet der Systemverwalter einen Prozess, wenn sie abstürzt.', EN_DE)).toEqual(['sie']);
    expect(run('The driver waits until it times out.', 'Der Treiber wartet, bis er abläuft.', EN_DE)).toEqual([]);
    expect(run('The socket is bound to its interface.', 'Der Socket wird an ihre Schnittstelle gebunden.', EN_DE)).toEqual(['ihre']);
    expect(run('The socket is bound to its interface.', 'Der Socket wird an seine Schnittstelle gebunden.', EN_DE)).toEqual([]);
  });

  it('passes a pronoun that a noun of its gender, a plural or a person in the source explains', () => {
    expect(run('The option is ignored if it is empty.', 'Die Option wird ignoriert, wenn sie leer ist.', EN_DE)).toEqual([]);
    expect(run('The tool reads the files when it starts.', 'Das Werkzeug liest die Dateien, wenn sie starten.', EN_DE)).toEqual([]);
    expect(run('The user logs in when she is ready.', 'Der Benutzer meldet sich an, wenn sie bereit ist.', EN_DE)).toEqual([]);
    expect(run('Please enter it.', 'Bitte geben Sie den Wert ein.', EN_DE)).toEqual([]);
  });
});
