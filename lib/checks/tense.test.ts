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
    expect(run('The user runs the program.', 'Der Benutzer führte das Programm aus.', EN_DE)).toEqual(['führte das Programm aus']);
  });

  it('accepts the tenses that render each other', () => {
    expect(run('Er hat das Buch gelesen.', 'He has read the book.')).toEqual([]); // Perfekt → present perfect
    expect(run('Er hat das Buch gelesen.', 'He read the book.')).toEqual([]); // Perfekt → simple past
    expect(run('Das Telefon erscheint im Juli.', 'The phone will be released in July.')).toEqual([]); // present for the future
    expect(run('Leica ist seit fünf Jahren Partner von Huawei.', 'Leica has been a partner of Huawei for five years.')).toEqual([]);
    expect(run('Bewahren Sie die Unterlagen auf.', 'Keep the documents.')).toEqual([]); // imperatives have no tense
    expect(run('He has finished the report.', 'Er beendete den Bericht.', EN_DE)).toEqual([]);
  });
});
