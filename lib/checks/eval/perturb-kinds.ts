/** The perturbation kinds of the bench, each with its MQM-style severity and the one-line reason for it. */
import type { Severity } from '../types';

export interface PerturbationKind {
  kind: string;
  severity: Severity;
  /** Why this severity: what a reader of the translation would get wrong. */
  why: string;
}

/**
 * The table the build script and the eval share. Critical: the reader takes away a false fact (a number, a
 * polarity, a name, the action itself); major: meaning lost, shifted or added, but the sentence still mostly says
 * what the source says; minor: form only — the meaning is intact.
 */
export const PERTURBATION_KINDS = [
  { kind: 'replace-number', severity: 'critical', why: 'a wrong figure is a false fact the reader acts on' },
  { kind: 'omit-number', severity: 'critical', why: 'the figure the instruction depends on is gone' },
  { kind: 'negate', severity: 'critical', why: 'the statement says the opposite of the source' },
  { kind: 'omit-negation', severity: 'critical', why: 'the statement says the opposite of the source' },
  { kind: 'antonym', severity: 'critical', why: 'the word means the opposite of the source word' },
  { kind: 'replace-name', severity: 'critical', why: 'it names a different program, person or thing' },
  { kind: 'omit-verb', severity: 'critical', why: 'the action the sentence is about is missing' },
  { kind: 'untranslated-sentence', severity: 'critical', why: 'the reader gets no translation at all' },
  { kind: 'omit-noun', severity: 'major', why: 'a participant of the action is missing' },
  { kind: 'omit-adjective', severity: 'major', why: 'a restriction on a noun is lost, so the statement is too wide' },
  { kind: 'omit-adverb', severity: 'major', why: 'a qualification of the action is lost' },
  { kind: 'omit-subject', severity: 'major', why: 'who or what acts is missing' },
  { kind: 'omit-name', severity: 'major', why: 'the named thing is missing, though nothing false is said' },
  { kind: 'omit-prep-phrase', severity: 'major', why: 'a place, time, manner or object of the action is lost' },
  { kind: 'omit-conjunction', severity: 'major', why: 'how two parts relate (and, or, but) is lost' },
  { kind: 'omit-clause', severity: 'major', why: 'a part of the sentence is missing' },
  { kind: 'hypernym', severity: 'major', why: 'too general: the reader cannot tell which thing is meant' },
  { kind: 'hyponym', severity: 'major', why: 'too specific: it says more than the source' },
  { kind: 'replace-preposition', severity: 'major', why: 'a relation (to/from, before/after) is changed' },
  { kind: 'replace-modal', severity: 'major', why: 'permission becomes obligation or the reverse' },
  { kind: 'tense', severity: 'major', why: 'the action is placed at another time' },
  { kind: 'aspect', severity: 'major', why: 'a habitual or general action becomes an ongoing one or the reverse' },
  { kind: 'pronoun-gender', severity: 'major', why: 'the pronoun points to another referent' },
  { kind: 'pronoun-person', severity: 'major', why: 'the wrong party (you, we) is addressed or acts' },
  { kind: 'statement-question', severity: 'major', why: 'a statement becomes a question or the reverse' },
  { kind: 'add-content', severity: 'major', why: 'the translation says something the source does not' },
  { kind: 'untranslated-word', severity: 'major', why: 'the reader of the target language may not understand the word' },
  { kind: 'swap-nouns', severity: 'major', why: 'the roles of two participants are exchanged' },
  { kind: 'omit-determiner', severity: 'minor', why: 'grammar error; the meaning is intact' },
  { kind: 'swap-adjacent', severity: 'minor', why: 'word order error; the meaning is recoverable' },
  { kind: 'misspell', severity: 'minor', why: 'spelling error; the word is still recognisable' },
  { kind: 'lowercase-first', severity: 'minor', why: 'capitalisation error only' },
  { kind: 'lowercase-all', severity: 'minor', why: 'capitalisation error only' },
  { kind: 'remove-final-punctuation', severity: 'minor', why: 'punctuation error only' },
  { kind: 'remove-comma', severity: 'minor', why: 'punctuation error; the clauses are still readable' },
  { kind: 'add-punctuation', severity: 'minor', why: 'punctuation error only' },
  { kind: 'repeat-word', severity: 'minor', why: 'a doubled word is noticed and skipped by the reader' },
] as const satisfies readonly PerturbationKind[];

export type PerturbationKindId = (typeof PERTURBATION_KINDS)[number]['kind'];

export const KIND_IDS = PERTURBATION_KINDS.map((k) => k.kind) as PerturbationKindId[];

export function severityOf(kind: string): Severity | undefined {
  return PERTURBATION_KINDS.find((k) => k.kind === kind)?.severity;
}
