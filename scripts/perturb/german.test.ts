import { describe, expect, it } from 'vitest';
import { german, indexGerman, type VerbEntry } from './german';
import type { WordNet } from './wordnet';

const verbs: Record<string, VerbEntry> = {
  löschen: { INF: 'löschen', PA2: ['gelöscht'], PRÄ: { S: { '3': 'löscht' }, P: { '3': 'löschen' } }, PRT: { S: { '3': 'löschte' }, P: { '3': 'löschten' } } },
  werden: { INF: 'werden', PA2: ['geworden'], PRÄ: { S: { '3': 'wird' }, P: { '3': 'werden' } }, PRT: { S: { '3': 'wurde' }, P: { '3': 'wurden' } } },
  anzeigen: { INF: 'anzeigen', PRÄ: { S: { '3': ['zeigt', 'an'] } }, PRT: { S: { '3': ['zeigte', 'an'] } } },
};
const nouns = {
  Datei: { NOM: { SIN: 'Datei', PLU: 'Dateien' }, AKK: { SIN: 'Datei' }, G: 'F' as const },
  Hilfe: { NOM: { SIN: 'Hilfe' }, AKK: { SIN: 'Hilfe' }, G: 'F' as const },
};
const text = ['Die Datei wird gelöscht.', 'Zeigt die Hilfe an.', 'Gelöscht.', 'Die Datei wird nicht gelöscht.'];
const needed = new Set(text.flatMap((t) => t.split(/[\s.]+/)).flatMap((w) => [w, w.toLowerCase()]));
const data = indexGerman({ verbs, nouns, adjectives: {}, adverbs: new Set() }, needed);
const none: WordNet = { has: () => false, antonyms: () => [], hypernyms: () => [], hyponyms: () => [], exceptions: () => [] };
const de = german(data, none, { lookup: () => [], isKnownWord: () => false }, () => []);
const run = (edit: 'tense' | 'negate' | 'question', t: string) => de[edit](de.analyse(t));

describe('German edits', () => {
  it('changes the finite verb after the subject to the other tense, same person and number', () => {
    expect(run('tense', 'Die Datei wird gelöscht.')).toBe('Die Datei wurde gelöscht.');
    expect(run('tense', 'Zeigt die Hilfe an.')).toBe('Zeigte die Hilfe an.');
  });
  it('puts "nicht" before the participle or the separable particle that closes the clause', () => {
    expect(run('negate', 'Die Datei wird gelöscht.')).toBe('Die Datei wird nicht gelöscht.');
    expect(run('negate', 'Zeigt die Hilfe an.')).toBe('Zeigt die Hilfe nicht an.');
    expect(run('negate', 'Die Datei wird nicht gelöscht.')).toBeUndefined();
  });
  it('makes a question by putting the finite verb first', () => {
    expect(run('question', 'Die Datei wird gelöscht.')).toBe('Wird die Datei gelöscht?');
    expect(run('question', 'Zeigt die Hilfe an.')).toBe('Zeigt die Hilfe an?');
  });
  it('leaves a sentence without a known finite verb alone', () => {
    expect(run('tense', 'Gelöscht.')).toBeUndefined();
    expect(run('negate', 'Gelöscht.')).toBeUndefined();
  });
});
