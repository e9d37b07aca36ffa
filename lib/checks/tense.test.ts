import { describe, expect, it } from 'vitest';
import { tenseCheck } from './tense';
import type { CheckContext } from './types';

const DE_EN: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const EN_DE: CheckContext = { sourceLang: 'en', targetLang: 'de', glossary: [] };
const run = (source: string, target: string, ctx: CheckContext = DE_EN) =>
  tenseCheck({ id: 1, paragraph: 0, source, target }, ctx).map((f) => target.slice(f.targetSpans[0]!.start, f.targetSpans[0]!.end));

describe('tense', () => {
  it('flags a past turned into a present, and a present turned into a past, in both directions', () => {
    expect(run('Die Firma kündigte gestern ein neues Modell an.', 'The company announces a new model.')).toEqual(['announces']);
    expect(run('Er hat das Buch gelesen.', 'He reads the book.')).toEqual(['reads']);
    expect(run('Das Programm zeigt alle Dateien an.', 'The program showed all files.')).toEqual(['showed']);
    expect(run('Diese Liste wird benutzt, wenn Dateien abgerufen werden.', 'This list was used when files are fetched.')).toEqual(['was used']);
    expect(run('The user runs the program.', 'Der Benutzer führte das Programm aus.', EN_DE)).toEqual(['führte das Programm aus']);
  });

  it('accepts the tenses that render each other', () => {
    expect(run('Er hat das Buch gelesen.', 'He has read the book.')).toEqual([]); // Perfekt → present perfect
    expect(run('Er hat das Buch gelesen.', 'He read the book.')).toEqual([]); // Perfekt → simple past
    expect(run('Das Telefon erscheint im Juli.', 'The phone will be released in July.')).toEqual([]); // present for the future
    expect(run('Leica ist seit fünf Jahren Partner von Huawei.', 'Leica has been a partner of Huawei for five years.')).toEqual([]);
    expect(run('Bewahren Sie die Unterlagen auf.', 'Keep the documents.')).toEqual([]); // imperatives have no tense
    expect(run('Die Option ist gesetzt.', 'The option was set.')).toEqual([]); // „ist gesetzt“: a state or a Perfekt
    expect(run('Das Programm liest die Datei.', 'The program read the file.')).toEqual([]); // "read": present or past
    expect(run('He has finished the report.', 'Er beendete den Bericht.', EN_DE)).toEqual([]);
  });
});
