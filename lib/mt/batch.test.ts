import { describe, expect, it } from 'vitest';
import { DEEPL_LIMITS, planBatches, requestBodyBytes, type SourceSegment } from './batch';

/** A paragraph of `sentences`, as the segmenter would hand it over. */
function paragraph(index: number, sentences: string[], firstId = index * 1000): SourceSegment[] {
  const paragraphText = sentences.join(' ');
  return sentences.map((source, i) => ({ id: firstId + i, paragraph: index, source, paragraphText }));
}

const ids = (segments: SourceSegment[]) => segments.map((s) => s.id);

describe('planBatches', () => {
  it('sends the sentences of one paragraph together with the paragraph as context', () => {
    const segments = [...paragraph(0, ['Eins.', 'Zwei.']), ...paragraph(1, ['Drei.', 'Vier.', 'Fünf.'])];
    const batches = planBatches(segments);
    expect(batches.map((b) => [ids(b.segments), b.context])).toEqual([
      [[0, 1], 'Eins. Zwei.'],
      [[1000, 1001, 1002], 'Drei. Vier. Fünf.'],
    ]);
  });

  it('never mixes two paragraphs in a request with context', () => {
    const segments = [0, 1, 2, 3].flatMap((p) => paragraph(p, ['Satz a.', 'Satz b.']));
    for (const batch of planBatches(segments)) {
      expect(new Set(batch.segments.map((s) => s.paragraph)).size).toBe(1);
      expect(batch.context).toBe(batch.segments[0]!.paragraphText);
    }
  });

  it('pools one-sentence paragraphs into context-free requests, in document order', () => {
    const segments = [
      ...paragraph(0, ['Überschrift']),
      ...paragraph(1, ['Erster Satz.', 'Zweiter Satz.']),
      ...paragraph(2, ['Punkt eins']),
      ...paragraph(3, ['Punkt zwei']),
    ];
    const batches = planBatches(segments);
    expect(batches.map((b) => [ids(b.segments), b.context])).toEqual([
      [[0, 2000, 3000], undefined],
      [[1000, 1001], 'Erster Satz. Zweiter Satz.'],
    ]);
  });

  it('keeps the context when only one sentence of a longer paragraph is left (resume)', () => {
    const [, second] = paragraph(0, ['Erster Satz.', 'Zweiter Satz.']);
    expect(planBatches([second!])).toEqual([{ segments: [second], context: 'Erster Satz. Zweiter Satz.' }]);
  });

  it('puts at most 50 texts in a request', () => {
    const sentences = Array.from({ length: 120 }, (_, i) => `Satz ${i}.`);
    const pooled = Array.from({ length: 120 }, (_, i) => paragraph(i + 1, [`Titel ${i}`])).flat();
    const batches = planBatches([...paragraph(0, sentences), ...pooled]);
    // The pool opens at the first one-sentence paragraph, after the long paragraph's requests.
    expect(batches.map((b) => [b.segments.length, b.context === undefined])).toEqual([
      [50, false],
      [50, false],
      [20, false],
      [50, true],
      [50, true],
      [20, true],
    ]);
    expect(batches.flatMap((b) => ids(b.segments))).toEqual(ids([...paragraph(0, sentences), ...pooled]));
  });

  it('keeps every request body within the byte budget, counting URL encoding', () => {
    // An umlaut is 6 bytes URL-encoded, so these ~1 500-character sentences take ~2.8 KB each:
    // 50 of them would be 140 KB, above DeepL's 128 KiB.
    const sentence = (i: number) => `${i}: ${'Größenänderungsüberprüfung '.repeat(60)}.`;
    const segments = Array.from({ length: 2000 }, (_, i) => paragraph(i + 1, [sentence(i)])).flat();
    const batches = planBatches(segments);
    expect(batches.length).toBeGreaterThan(2000 / 50);
    for (const batch of batches) {
      const bytes = requestBodyBytes(batch.segments.map((s) => s.source), batch.context);
      expect(bytes).toBeLessThanOrEqual(DEEPL_LIMITS.maxBodyBytes);
      expect(batch.segments.length).toBeLessThanOrEqual(50);
    }
    expect(batches.reduce((n, b) => n + b.segments.length, 0)).toBe(2000);
  });

  it('splits a huge paragraph by bytes and cuts its context to a window that fits', () => {
    const sentences = Array.from({ length: 400 }, (_, i) => `Satz ${i} über Größe und Übermaß ${'ä'.repeat(60)}.`);
    const batches = planBatches(paragraph(0, sentences), { maxTexts: 50, maxBodyBytes: 32 * 1024 });
    expect(batches.length).toBeGreaterThan(8);
    for (const batch of batches) {
      expect(requestBodyBytes(batch.segments.map((s) => s.source), batch.context)).toBeLessThanOrEqual(32 * 1024);
      // The window starts shortly before the batch's first sentence.
      expect(batch.context).toContain(batch.segments[0]!.source);
    }
  });

  it('sends an oversized sentence alone, without context', () => {
    const giant = 'Wort '.repeat(5000);
    const segments = paragraph(0, ['Kurz.', giant, 'Auch kurz.']);
    const batches = planBatches(segments, { maxTexts: 50, maxBodyBytes: 8 * 1024 });
    expect(batches.map((b) => [ids(b.segments), b.context === undefined])).toEqual([
      [[0], false],
      [[1], true],
      [[2], false],
    ]);
  });

  it('plans nothing for nothing', () => {
    expect(planBatches([])).toEqual([]);
  });
});

describe('requestBodyBytes', () => {
  it('counts the form-encoded body deepl-node sends', () => {
    const texts = ['Grüße & Küsse', 'a+b'];
    const exact = new URLSearchParams([...texts.map((t) => ['text', t]), ['context', 'Grüße']]).toString().length;
    expect(requestBodyBytes(texts, 'Grüße')).toBeGreaterThanOrEqual(exact);
    expect(requestBodyBytes(texts, 'Grüße') - exact).toBeLessThan(300);
  });
});
