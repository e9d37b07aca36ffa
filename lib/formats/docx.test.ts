import { describe, expect, it } from 'vitest';
import { segmentText } from '@/lib/segment';
import { htmlToMarkdown, readDocx } from './docx';
import { FormatError } from './errors';
import { sampleDocx, zipOf } from './fixtures/docx/build';

const limits = { maxBytes: 10 * 1024 * 1024, maxUncompressedBytes: 50 * 1024 * 1024 };

async function formatError(promise: Promise<unknown>): Promise<FormatError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FormatError);
  return error as FormatError;
}

describe('readDocx', () => {
  it('turns headings, paragraphs, bold text and nested lists into Markdown', async () => {
    const result = await readDocx(await sampleDocx(), limits);
    expect(result.format).toBe('md');
    expect(result.warnings).toEqual([]);
    expect(result.text).toBe(
      [
        '# Übersicht',
        '',
        'Die **Größe** der Fläche ist wichtig. Mitarbeiter\\*innen prüfen sie.',
        '',
        '## Schritte',
        '',
        '1. Öffnen Sie die Datei.',
        '2. Prüfen Sie die Maße.',
        '   1. Länge',
        '',
        '### Zubehör',
        '',
        '- Schrauben',
        '  - kurze',
        '    - sehr kurze',
        '- Dübel',
        '',
        '1\\. Absatz, der wie eine Liste beginnt.',
        '',
      ].join('\n'),
    );
  });

  it('gives Markdown that segmentText splits into the document’s blocks', async () => {
    const { text } = await readDocx(await sampleDocx(), limits);
    const blocks = segmentText(text, 'de', 'md');
    expect(blocks.map((b) => [b.type, b.level, b.marker])).toEqual([
      ['heading', 1, ''],
      ['paragraph', 0, ''],
      ['heading', 2, ''],
      ['list-item', 0, '1.'],
      ['list-item', 0, '2.'],
      ['list-item', 1, '1.'],
      ['heading', 3, ''],
      ['list-item', 0, '-'],
      ['list-item', 1, '-'],
      ['list-item', 2, '-'],
      ['list-item', 0, '-'],
      ['paragraph', 0, ''],
    ]);
    expect(blocks[1]?.sentences).toEqual(['Die **Größe** der Fläche ist wichtig.', 'Mitarbeiter\\*innen prüfen sie.']);
  });

  it('refuses a PDF, random bytes and an empty ZIP as not a Word document', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF');
    const random = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 251);
    const emptyZip = zipOf([]);
    for (const bytes of [pdf, random, emptyZip, new Uint8Array()]) {
      const error = await formatError(readDocx(bytes, limits));
      expect(error.code).toBe('not-docx');
      expect(error.message).toMatch(/^This file is not a Word document \(\.docx\)\. Save it as \.docx or paste the text\./);
    }
  });

  it('refuses a ZIP without word/document.xml and one with a broken central directory', async () => {
    const other = zipOf([{ name: 'content.xml', data: new TextEncoder().encode('<office/>') }]);
    expect((await formatError(readDocx(other, limits))).code).toBe('not-docx');
    const broken = (await sampleDocx()).slice();
    const view = new DataView(broken.buffer);
    // The directory offset in the end record now points past the file.
    view.setUint32(broken.length - 6, broken.length + 100, true);
    expect((await formatError(readDocx(broken, limits))).code).toBe('not-docx');
  });

  it('refuses an entry that claims a huge size, from the directory alone', async () => {
    const bomb = zipOf([
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') },
      { name: 'word/media/zeros.bin', data: new Uint8Array(1000), declaredSize: 4_000_000_000 },
    ]);
    const error = await formatError(readDocx(bomb, limits));
    expect(error.code).toBe('zip-bomb');
    expect(error.message).toBe('The file unpacks to more than 50 MB; it looks damaged or malicious.');
    expect(error.toDomainError().code).toBe('too-large');
  });

  it('refuses a real entry that compresses more than 100:1 beyond 10 MB', async () => {
    const zeros = zipOf([
      { name: 'word/document.xml', data: new TextEncoder().encode('<w:document/>') },
      { name: 'word/media/image1.png', data: new Uint8Array(11 * 1024 * 1024) },
    ]);
    expect(zeros.length).toBeLessThan(100_000);
    expect((await formatError(readDocx(zeros, limits))).code).toBe('zip-bomb');
  });

  it('refuses more than the total limit, even in small entries', async () => {
    const parts = Array.from({ length: 6 }, (_, i) => ({
      name: i === 0 ? 'word/document.xml' : `word/media/part${i}.bin`,
      data: new Uint8Array(100),
      declaredSize: 9 * 1024 * 1024,
    }));
    // Each entry stays under the 10 MB ratio rule; together they pass the 50 MB limit.
    expect((await formatError(readDocx(zipOf(parts), limits))).code).toBe('zip-bomb');
  });

  it('catches a directory that understates what an XML part unpacks to', async () => {
    const liar = zipOf([{ name: 'word/document.xml', data: new Uint8Array(2 * 1024 * 1024).fill(0x20), declaredSize: 100 }]);
    expect((await formatError(readDocx(liar, limits))).code).toBe('zip-bomb');
  });

  it('refuses more than 10 000 entries', async () => {
    const many = zipOf(
      Array.from({ length: 10_001 }, (_, i) => ({ name: i === 0 ? 'word/document.xml' : `f${i}`, data: new Uint8Array(), deflate: false })),
    );
    expect((await formatError(readDocx(many, { ...limits, maxBytes: 50 * 1024 * 1024 }))).code).toBe('zip-bomb');
  });

  it('says clearly when a document is encrypted or password-protected', async () => {
    const zipCrypto = zipOf([{ name: 'word/document.xml', data: new Uint8Array(10), flags: 1 }]);
    // Word stores a password-protected .docx as an OLE compound file.
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    for (const bytes of [zipCrypto, ole]) {
      const error = await formatError(readDocx(bytes, limits));
      expect(error.code).toBe('encrypted');
      expect(error.message).toMatch(/password-protected/);
    }
  });

  it('refuses a file over maxBytes before reading it', async () => {
    const error = await formatError(readDocx(await sampleDocx(), { ...limits, maxBytes: 1000 }));
    expect(error.code).toBe('too-large');
  });
});

describe('htmlToMarkdown', () => {
  it('escapes Markdown characters in the text and keeps emphasis as Markdown', () => {
    const html = '<p>a_b [c] `d` &lt;e&gt; &amp; <em>kursiv </em>und <strong>fett</strong></p><p># kein Titel</p>';
    expect(htmlToMarkdown(html).markdown).toBe('a\\_b \\[c\\] \\`d\\` \\<e> & *kursiv* und **fett**\n\n\\# kein Titel\n');
  });

  it('reads quotes, tables and footnote links', () => {
    const html =
      '<blockquote><p>Zitat.</p></blockquote><table><tr><td><p>A1</p></td><td><p>B1</p></td></tr></table>' +
      '<p>Text<sup><a href="#footnote-1" id="footnote-ref-1">[1]</a></sup></p>' +
      '<ol><li id="footnote-1"><p>Fußnote. <a href="#footnote-ref-1">↑</a></p></li></ol>';
    expect(htmlToMarkdown(html)).toEqual({ markdown: '> Zitat.\n\nA1\n\nB1\n\nText\\[1\\]\n\n1. Fußnote.\n', tables: 1 });
  });
});
