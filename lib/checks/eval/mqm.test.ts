import { describe, expect, it } from 'vitest';
import { mqmCategory, mqmToSegments, parseMqmExcerpt, stripMarks } from './mqm';

describe('mqmCategory', () => {
  it('maps MQM categories to ours', () => {
    expect(mqmCategory('Accuracy/Mistranslation')).toBe('accuracy/mistranslation');
    expect(mqmCategory('Accuracy/Untranslated text')).toBe('accuracy/untranslated');
    expect(mqmCategory('Terminology/Inappropriate for context')).toBe('terminology');
    expect(mqmCategory('Locale convention/Date format')).toBe('locale-convention');
    expect(mqmCategory('Source error')).toBe('source-quality');
    expect(mqmCategory('Style/Awkward')).toBe('other');
    expect(mqmCategory('Fluency/Register')).toBe('other');
    expect(mqmCategory('Non-translation!')).toBe('other');
    expect(mqmCategory('No-error')).toBeNull();
  });
});

describe('stripMarks', () => {
  it('returns the plain text and the marked ranges', () => {
    expect(stripMarks('Die Sonne <v>verbrennt</v> uns<v></v>.')).toEqual({ text: 'Die Sonne verbrennt uns.', spans: [{ start: 10, end: 19 }, { start: 23, end: 23 }] });
  });
});

const EXCERPT = [
  '@ || talk.1 || 3 || The Sun burns our peripheral vision.',
  'A || rater1 || Die Sonne <v>verbrennt</v> unsere Sicht. || Accuracy/Mistranslation || Major',
  'A || rater1 || Die Sonne verbrennt <v>unsere Sicht</v>. || Style/Awkward || Minor',
  'A || rater2 || Die Sonne verbrennt <v>unsere</v> Sicht. || Fluency/Grammar || Minor',
  'B || rater2 || Die Sonne verbrennt unsere Sicht. || No-error || No-error',
  'C || rater1 || Sonne. || Non-translation! || Major',
].join('\n');

describe('mqmToSegments', () => {
  const { segments, otherRaterRows } = mqmToSegments(parseMqmExcerpt(EXCERPT), 'en', 'de', 'ted');
  it('makes one segment per system, documents per system and talk', () => {
    expect(segments.map((s) => [s.id, s.doc])).toEqual([
      ['ted/talk.1/A/3', 'ted/talk.1/A'],
      ['ted/talk.1/B/3', 'ted/talk.1/B'],
      ['ted/talk.1/C/3', 'ted/talk.1/C'],
    ]);
  });
  it("keeps the first rater's rows and drops a second rater's", () => {
    expect(otherRaterRows).toBe(1);
    expect(segments[0]?.errors).toEqual([
      { side: 'target', start: 10, end: 19, category: 'accuracy/mistranslation', severity: 'major' },
      { side: 'target', start: 20, end: 32, category: 'other', severity: 'minor' },
    ]);
    expect(segments[1]?.errors).toEqual([]);
  });
  it('gives an unmarked error the whole target', () => {
    expect(segments[2]?.errors).toEqual([{ side: 'target', start: 0, end: 6, category: 'other', severity: 'major' }]);
  });
  it('catches rows of one translation that disagree on its text', () => {
    const bad = EXCERPT.replace('verbrennt <v>unsere Sicht</v>', 'verbrannte <v>unsere Sicht</v>');
    expect(() => mqmToSegments(parseMqmExcerpt(bad), 'en', 'de', 'ted')).toThrow(/disagree/);
  });
});
