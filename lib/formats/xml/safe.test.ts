import { describe, expect, it } from 'vitest';
import { FormatError } from '../errors';
import { parseXml, textContent } from './safe';

function refusal(input: string | Uint8Array, limits?: Parameters<typeof parseXml>[1]): FormatError {
  try {
    parseXml(input, limits);
  } catch (e) {
    if (e instanceof FormatError) return e;
    throw e;
  }
  throw new Error('not refused');
}

describe('parseXml', () => {
  it('reads entities, character references, CDATA and keeps offsets', () => {
    const xml = '<?xml version="1.0"?>\n<a x="1 &amp; 2">A &lt;b&gt; &#228;&#xFC; <![CDATA[<c> & d]]><e/></a>';
    const doc = parseXml(xml);
    expect(doc.root.attrs[0]?.value).toBe('1 & 2');
    expect(textContent(doc.root)).toBe('A <b> äü <c> & d');
    const e = doc.root.children.find((c) => c.type === 'element');
    expect(e && xml.slice(e.start, e.end)).toBe('<e/>');
  });

  it('decodes UTF-16 with a byte order mark', () => {
    const s = '<?xml version="1.0" encoding="UTF-16"?><a>Größe</a>';
    const bytes = new Uint8Array(2 + s.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < s.length; i++) bytes[2 + i * 2] = s.charCodeAt(i);
    expect(textContent(parseXml(bytes).root)).toBe('Größe');
  });

  it('refuses a DOCTYPE with an external entity (XXE)', () => {
    const e = refusal('<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<x>&xxe;</x>');
    expect(e.code).toBe('xml-dtd-refused');
    expect(e.message).toMatch(/document type declaration.*line 2/);
  });

  it('refuses billion laughs before expanding anything', () => {
    const lol = ['<!DOCTYPE lolz [', '<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i || ''};`.repeat(10)}">`), ']>', '<lolz>&lol9;</lolz>'].join('\n');
    expect(refusal(lol).code).toBe('xml-dtd-refused');
  });

  it('refuses entities XML does not define, naming line and column', () => {
    const e = refusal('<a>\n  caf&eacute;</a>');
    expect(e.code).toBe('xml-malformed');
    expect(e.message).toContain('line 2, column 6');
    expect(e.message).toContain('&eacute;');
  });

  it('says where a truncated file ends in the middle of an element', () => {
    const e = refusal('<xliff>\n  <file>\n    <body>\n      <trans-unit id="1"><source>Hal');
    expect(e.code).toBe('xml-malformed');
    expect(e.message).toMatch(/ends in the middle of the element <source> \(opened on line 4/);
    expect(refusal('<a><b x="1').message).toMatch(/ends in the middle of/);
  });

  it('names mismatched end tags', () => {
    expect(refusal('<a>\n<b></a>').message).toMatch(/line 2, column 4.*<\/a>.*<b>/);
  });

  it('decodes the encoding the declaration names, and refuses bytes that are not in it', () => {
    const enc = (text: string) => new TextEncoder().encode(text);
    const cp1252 = new Uint8Array([...enc('<?xml version="1.0" encoding="windows-1252"?>\n<a>Gr'), 0xf6, 0xdf, 0x65, 0x20, 0x84, ...enc('x'), 0x93, ...enc('</a>')]);
    const doc = parseXml(cp1252);
    expect(textContent(doc.root)).toBe('Größe „x“');
    // The text is what a writer sends back as UTF-8, so its declaration says UTF-8, at the same length.
    expect(doc.text).toBe('<?xml version="1.0" encoding="UTF-8"       ?>\n<a>Größe „x“</a>');
    const bad = refusal(new Uint8Array([...enc('<?xml version="1.0" encoding="UTF-8"?>\n<a>Gr'), 0xf6, ...enc('</a>')]));
    expect(bad.code).toBe('xml-encoding');
    expect(bad.message).toMatch(/UTF-8.*0xF6 on line 2, column 6/);
    const bom = refusal(enc('\uFEFF<?xml version="1.0" encoding="ISO-8859-1"?><a/>'));
    expect(bom.message).toMatch(/UTF-8 byte order mark but says it is encoded as ISO-8859-1/);
    // UTF-8 bytes under an 8-bit declaration are a mislabelled UTF-8 file, not "GrÃ¶ÃŸe".
    expect(textContent(parseXml(enc('<?xml version="1.0" encoding="ISO-8859-1"?><a>Größe</a>')).root)).toBe('Größe');
    // A string is already decoded: its declaration does not matter any more.
    expect(textContent(parseXml('<?xml version="1.0" encoding="ISO-8859-1"?><a>ä</a>').root)).toBe('ä');
  });

  it('enforces size, depth and element limits', () => {
    expect(refusal('<a>'.padEnd(2000, ' ') + '</a>', { maxBytes: 1000 }).code).toBe('too-large');
    expect(refusal('<a>'.repeat(101) + '</a>'.repeat(101)).code).toBe('too-large');
    expect(refusal(`<a>${'<b/>'.repeat(20)}</a>`, { maxElements: 10 }).code).toBe('too-large');
  });

  it('refuses control characters and text after the root', () => {
    expect(refusal('<a>\u0001</a>').code).toBe('xml-malformed');
    expect(refusal('<a/>x').code).toBe('xml-malformed');
  });
});
