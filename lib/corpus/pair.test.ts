import { describe, expect, it } from 'vitest';
import { pairParagraphs, pairSentences, rejectReason } from './pair';

describe('pairParagraphs', () => {
  const en = [
    { heading: 'NAME', paragraphs: ['ls - list'] },
    { heading: 'DESCRIPTION', paragraphs: ['One.', 'Two.'] },
    { heading: 'NOTES', paragraphs: ['Three.'] },
  ];

  it('pairs paragraphs by position within sections, leaving out the translators’ credits', () => {
    const de = [
      { heading: 'BEZEICHNUNG', paragraphs: ['ls - auflisten'] },
      { heading: 'BESCHREIBUNG', paragraphs: ['Eins.', 'Zwei.'] },
      { heading: 'ANMERKUNGEN', paragraphs: ['Drei.'] },
      { heading: 'ÜBERSETZUNG', paragraphs: ['Die deutsche Übersetzung …'] },
    ];
    expect(pairParagraphs(de, en)).toEqual({
      sectionsMatched: true,
      paragraphsEn: 4,
      pairs: [
        { de: 'ls - auflisten', en: 'ls - list' },
        { de: 'Eins.', en: 'One.' },
        { de: 'Zwei.', en: 'Two.' },
        { de: 'Drei.', en: 'Three.' },
      ],
    });
  });

  it('skips a section whose paragraph counts differ, and a page whose sections differ', () => {
    const de = [
      { heading: 'BEZEICHNUNG', paragraphs: ['ls - auflisten'] },
      { heading: 'BESCHREIBUNG', paragraphs: ['Eins. Zwei.'] },
      { heading: 'ANMERKUNGEN', paragraphs: ['Drei.'] },
    ];
    expect(pairParagraphs(de, en).pairs.map((p) => p.en)).toEqual(['ls - list', 'Three.']);
    expect(pairParagraphs(de.slice(0, 2), en)).toEqual({ sectionsMatched: false, paragraphsEn: 4, pairs: [] });
  });
});

describe('pairSentences', () => {
  it('pairs sentences by position when both sides split into as many', () => {
    expect(pairSentences({ de: 'Die Datei wird gelesen. Danach wird sie z. B. gelöscht.', en: 'The file is read. Then it is deleted, e.g. at exit.' })).toEqual([
      { de: 'Die Datei wird gelesen.', en: 'The file is read.' },
      { de: 'Danach wird sie z. B. gelöscht.', en: 'Then it is deleted, e.g. at exit.' },
    ]);
  });
  it('gives nothing when the sentence counts differ', () => {
    expect(pairSentences({ de: 'Die Datei wird gelesen und gelöscht.', en: 'The file is read. Then it is deleted.' })).toEqual([]);
  });
});

describe('rejectReason', () => {
  const de = 'Diese Option gibt die Größe des Puffers in Byte an.';
  const en = 'This option specifies the size of the buffer in bytes.';
  it('keeps a clean prose pair', () => {
    expect(rejectReason(de, en)).toBeNull();
  });
  it.each([
    ['leftover', String.raw`Diese Option gibt die Größe \n[x] des Puffers an.`, en],
    ['short', 'Einträge in Spalten auflisten', 'list entries by columns'],
    ['not-prose', 'mount [-l|-h|-V] {Quelle|Ziel} <Optionen> [Gerät] [Verzeichnis]', 'mount [-l|-h|-V] {source|target} <options> [device] [directory]'],
    ['not-prose', '--block-size gibt die Größe des Blocks an', '--block-size sets the size of a block'],
    ['url', 'Siehe https://www.gnu.org/software/coreutils/ls', 'See https://www.gnu.org/software/coreutils/ls for more'],
    ['ratio', 'Diese Option gibt die Größe des Puffers in Byte an, die beim Lesen und beim Schreiben benutzt wird, sofern nichts anderes gilt.', 'Sets the buffer size in bytes.'],
    ['digits', 'Seit Linux 2.6.16 gibt diese Option die Größe an.', 'Since Linux 2.6.17 this option specifies the size.'],
    ['identical', 'Written by Richard Stallman and David MacKenzie.', 'Written by Richard Stallman and David MacKenzie.'],
    ['untranslated', 'No checks will be performed with regard to GID_MIN.', 'No checks are performed with regard to GID_MIN here.'],
  ])('rejects %s', (reason, d, e) => {
    expect(rejectReason(d, e)).toBe(reason);
  });
});
