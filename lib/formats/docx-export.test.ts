import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from './docx';
import { inlineRuns, toDocx, wordLanguage } from './docx-export';
import { toMarkdown } from './md';
import { segmentsOf } from './testing';

const limits = { maxBytes: 10 * 1024 * 1024, maxUncompressedBytes: 50 * 1024 * 1024 };

const segments = segmentsOf([
  [{ blockType: 'heading', blockLevel: 1 }, 'Overview'],
  [{}, 'The **size** of the area matters.', 'Staff check it.'],
  [{ blockType: 'heading', blockLevel: 2 }, 'Steps'],
  [{ blockType: 'list-item', blockMarker: '1.' }, 'Open the file.'],
  [{ blockType: 'list-item', blockMarker: '2.' }, 'Check the *dimensions*.'],
  [{ blockType: 'list-item', blockLevel: 1, blockMarker: '1.' }, 'Length'],
  [{ blockType: 'heading', blockLevel: 6 }, 'Accessories'],
  [{ blockType: 'list-item', blockMarker: '-' }, 'Screws'],
  [{ blockType: 'list-item', blockLevel: 1, blockMarker: '-' }, 'short'],
  [{ blockType: 'list-item', blockLevel: 2, blockMarker: '-' }, 'very short'],
  [{ blockType: 'list-item', blockMarker: '-' }, 'Dowels'],
  [{ blockType: 'quote' }, 'A quote.'],
  [{}, 'Staff\\*members use snake\\_case and \\[brackets\\].'],
  [{ blockType: 'list-item', blockMarker: '1.' }, 'A new list starts at one.'],
]);

async function documentXml(bytes: Uint8Array, part = 'word/document.xml'): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(part)!.async('string');
}

describe('toDocx', () => {
  it('reads back as the same Markdown structure as the Markdown export', async () => {
    const bytes = await toDocx(segments, { lang: 'en-GB', title: 'Report' });
    const { text, warnings } = await readDocx(bytes, limits);
    expect(warnings).toEqual([]);
    // The title is the file's property, not a line of the text.
    expect(text).toBe(toMarkdown(segments));
    expect(await documentXml(bytes, 'docProps/core.xml')).toContain('<dc:title>Report</dc:title>');
  });

  it('uses Word’s heading styles, real numbering and the document language', async () => {
    const bytes = await toDocx(segments, { lang: 'de' });
    const xml = await documentXml(bytes);
    for (const level of [1, 2, 6]) expect(xml).toContain(`<w:pStyle w:val="Heading${level}"/>`);
    expect(xml).toContain('<w:ilvl w:val="2"/>');
    expect(await documentXml(bytes, 'word/styles.xml')).toContain('<w:lang w:val="de-DE"/>');
  });

  it('drops blocks without text and writes an empty document for no segments', async () => {
    // An empty document reads back as one without text (the title is not text).
    await expect(readDocx(await toDocx([], { lang: 'en', title: 'Only a title' }), limits)).rejects.toMatchObject({ code: 'empty' });
  });
});

describe('inlineRuns', () => {
  it('turns ** and * into bold and italic runs and unescapes the rest', async () => {
    const bytes = await toDocx(segmentsOf([[{}, 'a **b** *c* \\*d\\* e_f_g _h_ **unclosed']]), { lang: 'en' });
    const xml = await documentXml(bytes);
    const runs = [...xml.matchAll(/<w:r>(<w:rPr>(.*?)<\/w:rPr>)?<w:t[^>]*>(.*?)<\/w:t><\/w:r>/g)].map((m) => [
      m[3],
      (m[2] ?? '').includes('<w:b/>'),
      (m[2] ?? '').includes('<w:i/>'),
    ]);
    expect(runs).toEqual([
      ['a ', false, false],
      ['b', true, false],
      [' ', false, false],
      ['c', false, true],
      [' *d* e_f_g ', false, false],
      ['h', false, true],
      [' ', false, false],
      ['**', false, false],
      ['unclosed', false, false],
    ]);
    expect(inlineRuns('plain')).toHaveLength(1);
  });

  it('writes text as typed with literalText', async () => {
    const bytes = await toDocx(segmentsOf([[{}, 'Mitarbeiter*innen **so**']]), { lang: 'de', literalText: true });
    expect(await documentXml(bytes)).toContain('>Mitarbeiter*innen **so**</w:t>');
  });
});

describe('wordLanguage', () => {
  it('adds the region Word expects', () => {
    expect(['de', 'en', 'en-GB', 'en_us', 'fr'].map(wordLanguage)).toEqual(['de-DE', 'en-US', 'en-GB', 'en-US', 'fr']);
  });
});
