/** Splits a document's segments into engine requests within DeepL's limits, each request carrying one paragraph as context. */

export interface SourceSegment {
  id: number;
  /** Paragraph index in the document; segments of one paragraph share it. */
  paragraph: number;
  source: string;
  /** The paragraph's full source text, sent as context. */
  paragraphText: string;
}

export interface Batch {
  segments: SourceSegment[];
  /** Applies to every text of the request; absent for pooled one-sentence paragraphs. */
  context?: string;
}

export interface BatchLimits {
  /** Texts per request; DeepL allows 50. */
  maxTexts: number;
  /** URL-encoded request body; DeepL allows 128 KiB, the rest is head-room. */
  maxBodyBytes: number;
}

export const DEEPL_LIMITS: BatchLimits = { maxTexts: 50, maxBodyBytes: 96 * 1024 };

/** Room for target_lang, source_lang, model_type and the other short fields deepl-node adds. */
const FIXED_FIELDS_BYTES = 256;

/** Bytes of one `name=value&` pair in the form-encoded body deepl-node sends. */
function fieldBytes(name: string, value: string): number {
  return new URLSearchParams([[name, value]]).toString().length + 1;
}

/** Size of the form-encoded translate request for these texts and context, as deepl-node sends it. */
export function requestBodyBytes(texts: string[], context?: string): number {
  let bytes = FIXED_FIELDS_BYTES;
  for (const text of texts) bytes += fieldBytes('text', text);
  if (context !== undefined) bytes += fieldBytes('context', context);
  return bytes;
}

/**
 * Plans the requests for `segments` (in document order).
 *
 * DeepL's `context` is per request, so a request holds sentences of one paragraph only. The exception
 * is a paragraph that is one sentence: its context would repeat the text, so such paragraphs are pooled
 * into context-free requests — a list of headings or bullet points then costs one request, not one each.
 * A text bigger than the byte budget still gets a request of its own: split it first with `splitForRequest`.
 */
export function planBatches(segments: SourceSegment[], limits: BatchLimits = DEEPL_LIMITS): Batch[] {
  const paragraphs = new Map<number, SourceSegment[]>();
  for (const segment of segments) {
    const list = paragraphs.get(segment.paragraph);
    if (list) list.push(segment);
    else paragraphs.set(segment.paragraph, [segment]);
  }

  const batches: Batch[] = [];
  let pool: Open | undefined;
  for (const members of paragraphs.values()) {
    const only = members.length === 1 ? members[0] : undefined;
    if (only && only.source.trim() === only.paragraphText.trim()) {
      if (!pool || !fits(pool, only, limits)) {
        pool = open(undefined, only, limits);
        batches.push(pool.batch);
      }
      add(pool, only);
      continue;
    }
    let current: Open | undefined;
    for (const segment of members) {
      if (!current || !fits(current, segment, limits)) {
        const context = contextFor(segment, limits.maxBodyBytes / 2);
        current = open(context, segment, limits);
        batches.push(current.batch);
      }
      add(current, segment);
    }
  }
  return batches;
}

/** A batch being filled, with its body size so far. */
interface Open {
  batch: Batch;
  bytes: number;
}

function open(context: string | undefined, first: SourceSegment, limits: BatchLimits): Open {
  const withContext = context !== undefined && requestBodyBytes([first.source], context) <= limits.maxBodyBytes;
  // Without a fitting context an oversized sentence can still be sent on its own.
  return withContext
    ? { batch: { segments: [], context }, bytes: requestBodyBytes([], context) }
    : { batch: { segments: [] }, bytes: requestBodyBytes([]) };
}

function fits(current: Open, segment: SourceSegment, limits: BatchLimits): boolean {
  if (current.batch.segments.length === 0) return true;
  if (current.batch.segments.length >= limits.maxTexts) return false;
  return current.bytes + fieldBytes('text', segment.source) <= limits.maxBodyBytes;
}

function add(current: Open, segment: SourceSegment): void {
  current.batch.segments.push(segment);
  current.bytes += fieldBytes('text', segment.source);
}

/** The paragraph as context; for a giant paragraph, the part from shortly before `segment` that fits `budget` bytes. */
function contextFor(segment: SourceSegment, budget: number): string {
  const text = segment.paragraphText;
  if (fieldBytes('context', text) <= budget) return text;
  const at = Math.max(0, text.indexOf(segment.source));
  // Preceding sentences matter most for pronouns and terms, so the window starts a little before.
  let window = text.slice(Math.max(0, at - 2000));
  for (let bytes = fieldBytes('context', window); bytes > budget; bytes = fieldBytes('context', window)) {
    window = window.slice(0, Math.floor((window.length * budget) / bytes) - 1);
  }
  return window;
}

/**
 * Splits a text too big for one request (DeepL refuses bodies over 128 KiB: an 89,426-character sentence with
 * umlauts is 138 KB form-encoded) into pieces that each fit `maxBodyBytes` on their own, cut after a sentence end
 * where there is one in the second half of a piece, else after a space, else anywhere (never inside a surrogate pair).
 * The pieces joined give the text back.
 */
export function splitForRequest(text: string, maxBodyBytes: number): string[] {
  const budget = maxBodyBytes - FIXED_FIELDS_BYTES;
  if (budget < 16) throw new Error('splitForRequest: the byte budget is too small');
  const pieces: string[] = [];
  let rest = text;
  while (fieldBytes('text', rest) > budget) {
    // Characters that fit: start from the proportion of bytes and shrink until the piece fits.
    let end = Math.max(1, Math.floor((rest.length * budget) / fieldBytes('text', rest)));
    while (end > 1 && fieldBytes('text', rest.slice(0, end)) > budget) end = Math.floor(end * 0.9);
    const window = rest.slice(0, end);
    const sentence = Math.max(window.lastIndexOf('. '), window.lastIndexOf('! '), window.lastIndexOf('? '), window.lastIndexOf('; '));
    const space = window.lastIndexOf(' ');
    let cut = sentence >= end / 2 ? sentence + 2 : space >= end / 2 ? space + 1 : end;
    // A cut between the halves of a surrogate pair would send two broken characters.
    if (cut < rest.length && /[\uDC00-\uDFFF]/.test(rest[cut]!)) cut--;
    pieces.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  pieces.push(rest);
  return pieces;
}
