import { describe, expect, it } from 'vitest';
import type { RevisionEntry, SegmentHistory } from './history';
import { documentStats, translatorStats } from './post-edit';

const at = (hhmm: string) => `2024-05-01T${hhmm}:00Z`;
const mt = (text: string): RevisionEntry => ({ author: 'deepl', kind: 'machine', text, createdAt: at('09:00') });
const edit = (author: string, text: string, hhmm: string, kind: RevisionEntry['kind'] = 'edit'): RevisionEntry => ({
  author,
  kind,
  text,
  createdAt: at(hhmm),
});

describe('documentStats', () => {
  // Hand-computed: "cat"→"cats" is 1 char and 1 token edit; "morning"→"evening" is 3 chars, 1 token.
  const histories: SegmentHistory[] = [
    {
      segmentId: 1,
      source: 'Die Katze saß.',
      machine: 'The cat sat.',
      final: 'The cats sat.',
      revisions: [mt('The cat sat.'), edit('anna', 'The cats sat.', '10:00')],
      findingsFixed: 2,
    },
    { segmentId: 2, source: 'Hallo Welt.', machine: 'Hello world.', final: 'Hello world.', revisions: [mt('Hello world.')] },
    {
      segmentId: 3,
      source: 'Good day.',
      machine: null,
      final: 'Guten Tag.',
      revisions: [edit('anna', 'Guten Tag.', '10:30')],
    },
    {
      segmentId: 4,
      source: 'Guten Abend',
      machine: 'Good morning',
      final: 'Good evening',
      revisions: [mt('Good morning'), edit('anna', 'Good evening', '10:02')],
      findingsFixed: 1,
    },
  ];

  it('measures machine output against the final text, leaving out segments without one', () => {
    const stats = documentStats(histories);
    expect(stats).toMatchObject({ segments: 4, measured: 3, edited: 2, charEditDistance: 4, wordEditDistance: 2, findingsFixed: 3 });
    expect(stats.unchangedShare).toBeCloseTo(1 / 3, 12);
    // Final lengths: 13 + 12 + 12 characters, 4 + 3 + 2 tokens (a full stop is a token).
    expect(stats.charEditRate).toBeCloseTo(4 / 37, 12);
    expect(stats.wordEditRate).toBeCloseTo(2 / 9, 12);
    expect(stats.averageCharEditDistance).toBeCloseTo(4 / 3, 12);
    expect(stats.averageWordEditDistance).toBeCloseTo(2 / 3, 12);
  });

  it('derives working time and segments per hour from the edit timestamps', () => {
    // anna saves at 10:00, 10:02 (one session: 2 + 1 min) and 10:30 (a new one: 1 min); the machine revisions do not count.
    const stats = documentStats(histories);
    expect(stats.workedSegments).toBe(3);
    expect(stats.workingMinutes).toBe(4);
    expect(stats.segmentsPerHour).toBeCloseTo(45, 12);
  });

  it('reports missing figures as null, not as zero or NaN', () => {
    expect(documentStats([])).toMatchObject({
      segments: 0,
      measured: 0,
      unchangedShare: null,
      charEditRate: null,
      wordEditRate: null,
      averageCharEditDistance: null,
      workingMinutes: 0,
      segmentsPerHour: null,
    });
  });
});

describe('translatorStats', () => {
  const histories: SegmentHistory[] = [
    {
      segmentId: 1,
      source: 'Die Katze saß.',
      machine: 'The cat sat.',
      final: 'The cats sat down.',
      revisions: [mt('The cat sat.'), edit('anna', 'The cats sat.', '10:00'), edit('bob', 'The cats sat down.', '10:30')],
      findingsFixed: 1,
    },
    {
      segmentId: 2,
      source: 'Hallo Welt.',
      machine: 'Hello world.',
      final: 'Hello world.',
      revisions: [mt('Hello world.'), edit('anna', 'Hello world!', '10:04'), edit('anna', 'Hello world.', '10:06', 'revert')],
    },
    { segmentId: 3, source: 'Good day.', machine: null, final: 'Guten Tag.', revisions: [edit('bob', 'Guten Tag.', '10:31')] },
  ];

  it('measures each author from the text before their first edit to their last', () => {
    const [anna, bob, ...rest] = translatorStats(histories);
    expect(rest).toEqual([]);
    expect(anna?.author).toBe('anna');
    // anna: "cat"→"cats" (1 char, 1 token) and a change she reverted (unchanged).
    expect(anna?.stats).toMatchObject({ segments: 2, measured: 2, edited: 1, unchangedShare: 0.5, charEditDistance: 1, wordEditDistance: 1 });
    expect(anna?.stats.charEditRate).toBeCloseTo(1 / 25, 12);
    expect(anna?.stats.wordEditRate).toBeCloseTo(1 / 7, 12);
    // bob: " down" added to anna's text (5 chars, 1 token); segment 3 has nothing to measure against.
    expect(bob?.author).toBe('bob');
    expect(bob?.stats).toMatchObject({ segments: 2, measured: 1, edited: 1, unchangedShare: 0, charEditDistance: 5, wordEditDistance: 1 });
    expect(bob?.stats.charEditRate).toBeCloseTo(5 / 18, 12);
    expect(bob?.stats.wordEditRate).toBeCloseTo(1 / 5, 12);
  });

  it('times each author by their own saves and credits fixed findings to the last editor', () => {
    const [anna, bob] = translatorStats(histories);
    // anna: 10:00–10:06 is one session (6 + 1 min); bob: 10:30–10:31 (1 + 1 min).
    expect(anna?.stats).toMatchObject({ workingMinutes: 7, findingsFixed: 0 });
    expect(anna?.stats.segmentsPerHour).toBeCloseTo(120 / 7, 12);
    expect(bob?.stats).toMatchObject({ workingMinutes: 2, segmentsPerHour: 60, findingsFixed: 1 });
  });

  it('has no rows without human edits', () => {
    expect(translatorStats([{ segmentId: 9, source: 'x', machine: 'x', final: 'x', revisions: [mt('x')] }])).toEqual([]);
  });
});
