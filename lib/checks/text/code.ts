/**
 * Code-like stretches of technical prose (file names, paths, options, man-page references, identifiers) and quoted
 * literals: the words inside them are names of things the translator must copy, not words to translate or spell.
 */
import type { Span } from '../types';

// A run of non-space characters; its opening and closing quotes and brackets and its final sentence marks are trimmed off.
const RUN = /\S+/gu;
const LEADING = /^["'„“”‚‘’»«([{<]+/u;
const TRAILING = /["'„“”‚‘’»«)\]}>.,;:!?…]+$/u;

/**
 * What makes a run code: an inner dot between word characters with two of them on one side (sources.list,
 * systemd.unit, apt.conf — not "z.B." or "e.g."), a path (a leading slash, two slashes, or a slash beside a dot or
 * star), an underscore, "=", "::", "@", "$", a glob star, angle brackets, a leading option dash (--force, -p), or a
 * man-page section right after a name (tar(1), sources.list(5)).
 */
const CODE =
  /[\p{L}\p{N}_]{2}\.[\p{L}\p{N}_]|[\p{L}\p{N}_]\.[\p{L}\p{N}_]{2}|^~?\.{0,2}\/\S|\/.*\/|[./*]\/|\/[.*]|_|=|::|@|\$|\*|<|>|^--?[\p{L}\p{N}]|[\p{L}\p{N}]\(\d[\p{L}\p{N}]*\)/u;

/** Spans of the code-like runs of a text, in text order. */
export function codeSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (const m of text.matchAll(RUN)) {
    let run = m[0];
    let start = m.index;
    const lead = LEADING.exec(run)?.[0].length ?? 0;
    run = run.slice(lead);
    start += lead;
    // A man-page reference keeps its closing bracket: "tar(1)," is trimmed to "tar(1".
    const trail = TRAILING.exec(run)?.[0] ?? '';
    const kept = trail.startsWith(')') && /\(\d[\p{L}\p{N}]*$/u.test(run.slice(0, run.length - trail.length)) ? 1 : 0;
    run = run.slice(0, run.length - trail.length + kept);
    if (run.length > 1 && CODE.test(run)) spans.push({ start, end: start + run.length });
  }
  return spans;
}

/** Quotation marks and the mark that closes each (German »…«, „…“, English "…", “…”, ‘…’, and backticks). */
const QUOTES: Record<string, string> = { '»': '«', '„': '“', '“': '”', '"': '"', '‘': '’', '`': '`', '«': '»', '‚': '‘' };
/** A quotation longer than this is a quoted sentence, not a quoted literal (a value, a keyword, a term). */
const MAX_LITERAL_WORDS = 3;

/** Spans of short quoted literals (»false«, "root", `key-file`), the quotation marks excluded. */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  for (let i = 0; i < text.length; i++) {
    const close = QUOTES[text.charAt(i)];
    if (close === undefined) continue;
    // An opening mark stands at the text start or after a space or bracket; a closing one is not followed by a letter.
    if (i > 0 && !/[\s([{/]/u.test(text.charAt(i - 1))) continue;
    const end = text.indexOf(close, i + 1);
    if (end <= i + 1) continue;
    const inner = text.slice(i + 1, end);
    if (inner.trim().split(/\s+/u).length <= MAX_LITERAL_WORDS && !/[.!?]\s/u.test(inner)) {
      spans.push({ start: i + 1, end });
      i = end;
    }
  }
  return spans;
}
