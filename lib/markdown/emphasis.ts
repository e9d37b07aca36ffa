/**
 * Bold and italic in the text of a Markdown segment: where they are (to show them), and whether an
 * edited translation kept the source's markers (they are protected like the inline tags of XLIFF).
 */

export type EmphasisKind = 'strong' | 'em';

export interface EmphasisSpan {
  kind: EmphasisKind;
  /** The whole span, markers included: text.slice(start, end) is "**vollständig**". */
  start: number;
  end: number;
  /** Length of the marker on each side (2 for **, 1 for *). */
  marker: number;
}

// A marker opens after the start, a space or punctuation and closes before the end, a space or
// punctuation; so "Mitarbeiter*innen und Kund*innen" and snake_case_names are text, not italics.
const EDGE_BEFORE = String.raw`(?<=^|[\s\p{P}\p{S}])`;
const EDGE_AFTER = String.raw`(?=$|[\s\p{P}\p{S}])`;
const SPAN: Record<EmphasisKind, RegExp> = {
  strong: new RegExp(String.raw`${EDGE_BEFORE}(\*\*|__)(?=[^\s*_])((?:(?!\1).)*?[^\s\\])\1${EDGE_AFTER}`, 'gu'),
  em: new RegExp(String.raw`${EDGE_BEFORE}([*_])(?=[^\s*_])((?:(?!\1).)*?[^\s\\*_])\1${EDGE_AFTER}`, 'gu'),
};
const CODE = /(`+)[^`]*?\1/g;

/** Spans of text that Markdown does not read as markup: code spans and backslash escapes. */
function literalRanges(text: string): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const m of text.matchAll(CODE)) ranges.push([m.index, m.index + m[0].length]);
  for (const m of text.matchAll(/\\[*_]/g)) ranges.push([m.index, m.index + 2]);
  return ranges;
}

/** Bold (** or __) and italic (* or _) spans, in text order; a bold span may hold an italic one. */
export function emphasisSpans(text: string): EmphasisSpan[] {
  const literal = literalRanges(text);
  // Escapes and code are blanked out (same length), so offsets stay those of the text.
  let scan = text;
  for (const [start, end] of literal) scan = scan.slice(0, start) + ' '.repeat(end - start) + scan.slice(end);
  const spans: EmphasisSpan[] = [];
  for (const kind of ['strong', 'em'] as const) {
    for (const m of scan.matchAll(SPAN[kind])) {
      const marker = m[1]!.length;
      spans.push({ kind, start: m.index, end: m.index + m[0].length, marker });
    }
    // Bold markers are blanked before italics are looked for, so "**x**" is not also read as "*" + "*x*" + "*".
    for (const s of spans) scan = scan.slice(0, s.start) + ' '.repeat(s.marker) + scan.slice(s.start + s.marker, s.end - s.marker) + ' '.repeat(s.marker) + scan.slice(s.end);
  }
  return spans.sort((a, b) => a.start - b.start);
}

const count = (spans: EmphasisSpan[], kind: EmphasisKind) => spans.filter((s) => s.kind === kind).length;

/**
 * Why `target` breaks the emphasis of `source`, or null when it keeps it: the same number of bold and of
 * italic spans, and no "**" left unpaired. Where the words go is the translator's choice; the markers are not.
 */
export function emphasisProblem(target: string, source: string): string | null {
  const want = emphasisSpans(source);
  const have = emphasisSpans(target);
  for (const [kind, label, marker] of [
    ['strong', 'bold', '**'],
    ['em', 'italic', '*'],
  ] as const) {
    const w = count(want, kind);
    const h = count(have, kind);
    if (h < w) {
      return `The source has ${w} ${label} passage${w === 1 ? '' : 's'} and the translation ${h}. Put ${marker} before and after the words that should be ${label}, as in the source.`;
    }
    if (h > w) {
      return `The translation has ${h} ${label} passage${h === 1 ? '' : 's'} and the source ${w}. Remove the ${marker} marks the source does not have.`;
    }
  }
  // Blank the recognised spans' markers: any "**" or "__" left over is a pair that was broken.
  let rest = target;
  for (const s of have) rest = rest.slice(0, s.start) + ' '.repeat(s.marker) + rest.slice(s.start + s.marker, s.end - s.marker) + ' '.repeat(s.marker) + rest.slice(s.end);
  for (const [start, end] of literalRanges(target)) rest = rest.slice(0, start) + ' '.repeat(end - start) + rest.slice(end);
  const stray = /\*\*|__/.exec(rest);
  if (stray) {
    return `The translation has a ${stray[0]} without its partner near "${target.slice(Math.max(0, stray.index - 10), stray.index + 12)}". Bold needs ${stray[0]} on both sides of the words, with no space inside.`;
  }
  return null;
}
