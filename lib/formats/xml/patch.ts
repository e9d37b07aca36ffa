/** Writes a file back by splicing changed parts into its original text, so everything else stays byte-for-byte. */
import type { XmlElement } from './safe';

/** Where an element sits in the original text; plain numbers so a skeleton can be stored as JSON. */
export interface Range {
  start: number;
  startTagEnd: number;
  endTagStart: number;
  end: number;
  selfClosing: boolean;
}

export const rangeOf = (el: XmlElement): Range => ({ start: el.start, startTagEnd: el.startTagEnd, endTagStart: el.endTagStart, end: el.end, selfClosing: el.selfClosing });

export interface Edit {
  /** Replace text[from, to) with insert; from === to inserts. */
  from: number;
  to: number;
  insert: string;
}

/** Applies non-overlapping edits; at one offset, insertions go before a replacement, else the order given is kept. */
export function applyEdits(text: string, edits: Edit[]): string {
  const replaces = (e: Edit) => (e.to > e.from ? 1 : 0);
  const sorted = edits.map((e, seq) => ({ ...e, seq })).sort((a, b) => a.from - b.from || replaces(a) - replaces(b) || a.seq - b.seq);
  let out = '';
  let cursor = 0;
  for (const e of sorted) {
    out += text.slice(cursor, Math.max(cursor, e.from)) + e.insert;
    cursor = Math.max(cursor, e.to);
  }
  return out + text.slice(cursor);
}

/** The whitespace that indents the line `offset` is on (for inserting a sibling that looks like the rest). */
export function indentAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart, offset))?.[0] ?? '';
}

/** The start of the whitespace that precedes `offset` on its line, so a removed element takes its indentation along. */
export function withLeadingSpace(text: string, offset: number): number {
  let from = offset;
  while (from > 0 && /[ \t]/.test(text[from - 1] ?? '')) from--;
  return text[from - 1] === '\n' ? from - 1 - (text[from - 2] === '\r' ? 1 : 0) : from;
}

/** Replaces an element's content, turning <x/> into <x>…</x> when needed. */
export function replaceContent(text: string, r: Range, name: string, body: string): Edit {
  if (!r.selfClosing) return { from: r.startTagEnd, to: r.endTagStart, insert: body };
  const tag = text.slice(r.start, r.startTagEnd).replace(/\s*\/>$/, '>');
  return { from: r.start, to: r.end, insert: `${tag}${body}</${qualifiedName(text, r) || name}>` };
}

export function qualifiedName(text: string, r: Range): string {
  return /^<([^\s/>]+)/.exec(text.slice(r.start, r.startTagEnd))?.[1] ?? '';
}

/** An element rebuilt from its offsets, with its attributes re-read from the text (the skeleton keeps only offsets). */
export function elementAt(text: string, r: Range, name: string): XmlElement {
  return { type: 'element', name, attrs: parseAttrs(text, r), children: [], parent: null, ...r };
}

/** The attributes of a start tag, re-read from the text. */
function parseAttrs(text: string, r: Range): XmlElement['attrs'] {
  const tag = text.slice(r.start, r.startTagEnd);
  const out: XmlElement['attrs'] = [];
  for (const m of tag.matchAll(/([^\s=/<>]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    out.push({ name: m[1] ?? '', value: m[3] ?? m[4] ?? '', start: r.start + m.index, end: r.start + m.index + m[0].length });
  }
  return out;
}

export function attrValue(text: string, r: Range, name: string): string | undefined {
  return parseAttrs(text, r).find((a) => a.name === name)?.value;
}
