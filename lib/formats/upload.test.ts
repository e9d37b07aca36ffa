import { describe, expect, it } from 'vitest';
import { FormatError } from './errors';
import { windows1252 } from './testing';
import { readUploadedText } from './upload';

const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => new Uint8Array(values);

/** The FormatError that reading throws, so tests can check its code and message. */
function refusal(fileName: string, data: Uint8Array): FormatError {
  try {
    readUploadedText(fileName, data);
  } catch (err) {
    if (err instanceof FormatError) return err;
    throw err;
  }
  throw new Error('expected a FormatError');
}

describe('readUploadedText', () => {
  it('reads UTF-8 text and tells .txt from .md and .markdown, in any case', () => {
    expect(readUploadedText('brief.txt', utf8('Grüße aus Köln – „bis bald“.'))).toEqual({
      format: 'txt',
      text: 'Grüße aus Köln – „bis bald“.',
    });
    expect(readUploadedText('README.MD', utf8('# Titel')).format).toBe('md');
    expect(readUploadedText('notes.Markdown', utf8('- a')).format).toBe('md');
    expect(readUploadedText('archiv.2024.TXT', utf8('x')).format).toBe('txt');
  });

  it('strips a UTF-8 byte order mark', () => {
    const result = readUploadedText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Äpfel')]));
    expect(result.text).toBe('Äpfel');
  });

  it('keeps CRLF line endings for the segmenter', () => {
    expect(readUploadedText('a.txt', utf8('Eins.\r\n\r\nZwei.\r\n')).text).toBe('Eins.\r\n\r\nZwei.\r\n');
  });

  it('reads UTF-16 with a byte order mark (Notepad\'s "Unicode")', () => {
    const le = bytes(0xff, 0xfe, 0xc4, 0x00, 0x62, 0x00); // "Äb"
    const be = bytes(0xfe, 0xff, 0x00, 0xc4, 0x00, 0x62);
    expect(readUploadedText('a.txt', le).text).toBe('Äb');
    expect(readUploadedText('a.txt', be).text).toBe('Äb');
  });

  it('refuses other file types with a message that says what to do', () => {
    const err = refusal('vertrag.docx', utf8('PK'));
    expect(err.code).toBe('unsupported-type');
    expect(err.message).toContain('.docx');
    expect(err.message).toContain('Only .txt and .md files can be imported here; paste the text instead.');
    expect(refusal('README', utf8('text')).code).toBe('unsupported-type');
    expect(refusal('.txt', utf8('text')).code).toBe('unsupported-type');
    expect(refusal('scan.pdf', utf8('%PDF-1.7')).code).toBe('unsupported-type');
  });

  it('refuses binary content with NUL bytes', () => {
    const err = refusal('bild.txt', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00));
    expect(err.code).toBe('not-text');
    expect(err.message).toContain('paste the text instead');
    // UTF-16 without a byte order mark cannot be told from binary.
    expect(refusal('a.txt', bytes(0x48, 0x00, 0x69, 0x00)).code).toBe('not-text');
  });

  it('refuses valid UTF-8 that is full of control characters', () => {
    expect(refusal('a.txt', bytes(0x01, 0x02, 0x03, 0x04, 0x41, 0x05, 0x06)).code).toBe('not-text');
  });

  it('refuses Windows-1252 text, naming the line and column of the first byte that is not UTF-8', () => {
    const text = 'Erste Zeile.\r\nZweite – „Zeile“.\r\nDie Größe der Straße, 5 €.';
    const err = refusal('alt.txt', windows1252(text));
    expect(err.code).toBe('not-text');
    expect(err.message).toBe(
      '"alt.txt" is not UTF-8 text: the byte 0x96 on line 2, column 8 ("–" in Windows-1252) is not UTF-8. Save the file as UTF-8 in your editor (Save as… → Encoding: UTF-8) and upload it again, or paste the text instead.',
    );
    expect(refusal('alt.md', windows1252('# Titel\n\nÄpfel')).message).toContain('line 3, column 1 ("Ä" in Windows-1252)');
  });

  it('reads Windows-1252 or ISO-8859-1 when the upload says that is its encoding', () => {
    const text = 'Die Größe der Straße ist „gut“ – sagt er, für 5 €.';
    expect(readUploadedText('alt.txt', windows1252(text), 'windows-1252')).toEqual({ format: 'txt', text });
    expect(readUploadedText('alt.txt', windows1252(text), 'iso-8859-1').text).toBe(text);
    // A byte order mark is unambiguous, whatever the upload says.
    expect(readUploadedText('a.txt', new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Größe')]), 'windows-1252').text).toBe('Größe');
  });

  it('refuses damaged UTF-8 instead of misreading it as Latin-1', () => {
    // Valid "Grüße" followed by a stray byte: Latin-1 would show "GrÃ¼ÃŸe".
    const damaged = new Uint8Array([...utf8('Grüße'), 0xff]);
    const err = refusal('a.txt', damaged);
    expect(err.code).toBe('not-text');
    expect(err.message).toContain('UTF-8');
  });

  it('refuses text in an encoding that only looks like Latin-1', () => {
    // 0x81 is undefined in Windows-1252.
    expect(refusal('a.txt', new Uint8Array([...utf8('Gr'), 0x81, ...utf8('e Welt')])).code).toBe('not-text');
    // Shift_JIS "日本語テキスト": mostly high bytes, not Latin-1 words.
    const sjis = bytes(0x93, 0xfa, 0x96, 0x7b, 0x8c, 0xea, 0x83, 0x65, 0x83, 0x4c, 0x83, 0x58, 0x83, 0x67);
    expect(refusal('a.txt', sjis).code).toBe('not-text');
  });

  it('refuses empty files and files with only whitespace', () => {
    expect(refusal('leer.txt', new Uint8Array()).code).toBe('empty');
    expect(refusal('leer.md', utf8(' \r\n\t\n')).code).toBe('empty');
    expect(refusal('bom.txt', bytes(0xef, 0xbb, 0xbf)).code).toBe('empty');
  });

  it('checks the extension before the content', () => {
    expect(refusal('leer.exe', new Uint8Array()).code).toBe('unsupported-type');
  });
});

describe('FormatError', () => {
  it('maps to the domain error lib/http.ts answers with', () => {
    expect(new FormatError('not-text', 'm').toDomainError().code).toBe('unsupported-type');
    expect(new FormatError('unsupported-type', 'm').toDomainError().code).toBe('unsupported-type');
    const empty = new FormatError('empty', 'Leer.').toDomainError();
    expect(empty.code).toBe('invalid');
    expect(empty.message).toBe('Leer.');
    expect(empty.details).toEqual({ formatError: 'empty' });
  });
});
