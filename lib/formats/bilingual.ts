/** The model shared by the bilingual formats (XLIFF 1.2, XLIFF 2.0, TMX): units of tagged text, and the tag-safe editing helpers. */
import { groupBy } from '../group-by';
import { bilingualError } from './xml/errors';

/** An inline code (formatting, placeholder) that must survive translation and review untouched. */
export interface InlineTag {
  kind: 'open' | 'close' | 'standalone';
  /** Pairs an open tag with its close tag, and a source tag with its target tag; unique per kind in one Content. */
  id: string;
  /** The original markup, kept verbatim so it is written back exactly as read. */
  xml: string;
  /** What the user sees, e.g. '<g id="1">'. */
  label: string;
}

/** Text with protected tokens. */
export type Content = Array<string | InlineTag>;

export const LEKTORAT_STATES = ['untranslated', 'machine', 'edited', 'submitted', 'approved', 'rejected'] as const;
export type LektoratState = (typeof LEKTORAT_STATES)[number];

/** A W3C ITS 2.0 Localization Quality Issue, as CAT tools exchange review findings. */
export interface LqiIssue {
  /** ITS 2.0 locQualityIssueType, e.g. 'mistranslation', 'terminology', 'grammar'. */
  type: string;
  comment: string;
  /** 0–100. */
  severity: number;
  enabled?: boolean;
  side: 'source' | 'target';
  /** Half-open range of UTF-16 code units in the side's text without tags (contentToText 'strip'); absent = whole text. */
  span?: { start: number; end: number };
}

export interface BilingualUnit {
  /** The unit's id in the file (trans-unit/unit id, TMX tuid). */
  id: string;
  source: Content;
  /** null when the file has no target for the unit. */
  target: Content | null;
  state: LektoratState;
  /** Comments, as <note>. */
  notes: { from?: string; text: string }[];
  issues: LqiIssue[];
  /** xml:space="preserve": whitespace in source and target is significant. */
  preserveSpace: boolean;
  /**
   * Where an unreviewed target came from, for formats that record it (XLIFF 1.2 state-qualifier): a machine
   * translation or a translation memory; absent for a person's translation (uploaded, pasted, the bundled sample).
   */
  origin?: 'mt' | 'tm';
  /** Format-specific facts a writer needs (which <file> the unit came from, …). */
  extra?: unknown;
}

export interface BilingualFile {
  format: 'xliff12' | 'xliff20' | 'tmx';
  sourceLang: string;
  targetLang: string;
  /** The original document's name as the file records it. */
  original?: string;
  units: BilingualUnit[];
  /** Whatever the writer needs to write the file back identically; absent for files built from scratch. */
  skeleton?: unknown;
}

// ── Placeholders ───────────────────────────────────────────────────────────────

const OPEN = '⟦';
const CLOSE = '⟧';
const PLACEHOLDER = /⟦(\/?)([^⟦⟧\s/]+)(\/?)⟧/g;

/** The protected token that stands for a tag in editable text: ⟦1⟧ opens, ⟦/1⟧ closes, ⟦1/⟧ stands alone. */
export function placeholder(tag: InlineTag): string {
  return tag.kind === 'open' ? `${OPEN}${tag.id}${CLOSE}` : tag.kind === 'close' ? `${OPEN}/${tag.id}${CLOSE}` : `${OPEN}${tag.id}/${CLOSE}`;
}

/** The content as text: tags as placeholders (for editing) or left out (for checks, search, spans). */
export function contentToText(content: Content, options: { tags: 'placeholder' | 'strip' }): string {
  return content.map((part) => (typeof part === 'string' ? part : options.tags === 'placeholder' ? placeholder(part) : '')).join('');
}

const tagKey = (tag: Pick<InlineTag, 'kind' | 'id'>) => `${tag.kind}:${tag.id}`;

/**
 * Edited placeholder text back into content, taking each tag from `originalContent`. Refuses
 * (FormatError 'tags-broken') text in which a tag was removed, duplicated, invented or broken, a closing
 * tag comes before its opening tag, or element tags no longer nest — all of which would damage the file.
 */
export function textToContent(text: string, originalContent: Content): Content {
  const tags = new Map<string, InlineTag>();
  for (const part of originalContent) if (typeof part !== 'string') tags.set(tagKey(part), part);
  const out: Content = [];
  const seen = new Set<string>();
  let last = 0;
  const pushText = (s: string) => {
    if (!s) return;
    const stray = s.search(/[⟦⟧]/);
    if (stray >= 0) {
      throw bilingualError('tags-broken', `The text contains a broken tag near "${s.slice(Math.max(0, stray - 10), stray + 10)}". Undo the change to the tag, or copy the tag again from the source.`);
    }
    const prev = out[out.length - 1];
    if (typeof prev === 'string') out[out.length - 1] = prev + s;
    else out.push(s);
  };
  for (const m of text.matchAll(PLACEHOLDER)) {
    pushText(text.slice(last, m.index));
    last = m.index + m[0].length;
    const [, slash, id = '', selfClose] = m;
    if (slash && selfClose) throw bilingualError('tags-broken', `The text contains the broken tag ${m[0]}.`);
    const kind: InlineTag['kind'] = slash ? 'close' : selfClose ? 'standalone' : 'open';
    const key = tagKey({ kind, id });
    const tag = tags.get(key);
    if (!tag) throw bilingualError('tags-broken', `The text contains the tag ${m[0]}, which the original does not have. Remove it.`);
    if (seen.has(key)) throw bilingualError('tags-broken', `The tag ${tag.label} (${m[0]}) appears twice. Remove one of them.`);
    seen.add(key);
    out.push(tag);
  }
  pushText(text.slice(last));
  const missing = [...tags.values()].filter((t) => !seen.has(tagKey(t)));
  if (missing.length) {
    const names = missing.map((t) => `${t.label} (${placeholder(t)})`).join(', ');
    throw bilingualError('tags-broken', `The tag${missing.length > 1 ? 's' : ''} ${names} ${missing.length > 1 ? 'are' : 'is'} missing. Put ${missing.length > 1 ? 'them' : 'it'} back where ${missing.length > 1 ? 'they belong' : 'it belongs'}; tags carry formatting the file needs.`);
  }
  const problem = orderProblem(out);
  if (problem) throw bilingualError('tags-broken', problem.message);
  return out;
}

/**
 * Whether an open/close tag is an XML element boundary (<g …> … </g>), which must nest properly,
 * rather than a self-contained code (<bpt>…</bpt>, <sc/>), which only has to come before its partner.
 */
export function isElementBoundary(tag: InlineTag): boolean {
  if (tag.kind === 'open') return !tag.xml.endsWith('/>') && !tag.xml.includes('</');
  return tag.kind === 'close' && tag.xml.startsWith('</');
}

function orderProblem(content: Content): { tag: InlineTag; message: string } | null {
  const opened = new Set<string>();
  const stack: InlineTag[] = [];
  for (const part of content) {
    if (typeof part === 'string' || part.kind === 'standalone') continue;
    if (part.kind === 'open') {
      opened.add(part.id);
      if (isElementBoundary(part)) stack.push(part);
      continue;
    }
    if (!opened.has(part.id)) {
      return { tag: part, message: `The closing tag ${part.label} (${placeholder(part)}) comes before its opening tag. Move it after ${OPEN}${part.id}${CLOSE}.` };
    }
    if (!isElementBoundary(part)) continue;
    const top = stack.pop();
    if (top && top.id !== part.id) {
      return {
        tag: part,
        message: `The tags ${top.label} (${placeholder(top)}) and ${part.label} (${placeholder(part)}) overlap. Close ${placeholder(top)} before ${placeholder(part)}, as in the source.`,
      };
    }
  }
  return null;
}

export interface TagProblem {
  problem: 'missing' | 'extra' | 'duplicated' | 'misordered';
  tag: InlineTag;
  message: string;
}

/** For the tag QA check: the tags of `source` that the target lacks, adds, repeats or puts out of order. */
export function tagsMatch(source: Content, target: Content): TagProblem[] {
  const count = (c: Content) => {
    const m = new Map<string, { tag: InlineTag; n: number }>();
    for (const part of c) {
      if (typeof part === 'string') continue;
      const entry = m.get(tagKey(part));
      if (entry) entry.n++;
      else m.set(tagKey(part), { tag: part, n: 1 });
    }
    return m;
  };
  const src = count(source);
  const trg = count(target);
  const problems: TagProblem[] = [];
  for (const [key, { tag }] of src) {
    if (!trg.has(key)) problems.push({ problem: 'missing', tag, message: `The translation lacks the tag ${tag.label}.` });
  }
  for (const [key, { tag, n }] of trg) {
    if (!src.has(key)) problems.push({ problem: 'extra', tag, message: `The translation has the tag ${tag.label}, which the source does not have.` });
    else if (n > 1) problems.push({ problem: 'duplicated', tag, message: `The translation has the tag ${tag.label} ${n} times.` });
  }
  const order = orderProblem(target);
  if (order) problems.push({ problem: 'misordered', tag: order.tag, message: order.message });
  return problems;
}

// ── Comparing ──────────────────────────────────────────────────────────────────

/** Structural equality of plain data (what units are made of), independent of key order. */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** Issues in a canonical order (start, then the longer span first), the order nested markup yields on reading. */
export function sortIssues(issues: LqiIssue[]): LqiIssue[] {
  const start = (i: LqiIssue) => i.span?.start ?? -1;
  const end = (i: LqiIssue) => i.span?.end ?? Number.MAX_SAFE_INTEGER;
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((x, y) => (x.issue.side === y.issue.side ? 0 : x.issue.side === 'source' ? -1 : 1) || start(x.issue) - start(y.issue) || end(y.issue) - end(x.issue) || x.index - y.index)
    .map((x) => x.issue);
}

/** Which <file> of a multi-file document a unit came from; both XLIFF readers put this in `extra`. */
export interface FileOrigin {
  /** The <file>'s position in the document it was read from (0-based). */
  file: number;
  /** The <file>'s original attribute, when it has one. */
  original?: string;
}

/**
 * Units grouped by the <file> they came from, in document order. Unit ids are unique only within a
 * <file>, so a document written from scratch keeps the files apart. Units without an origin form one group.
 */
export function fileGroups(units: BilingualUnit[]): BilingualUnit[][] {
  const groups = groupBy(units, (u) => (u.extra as Partial<FileOrigin> | undefined)?.file ?? 0);
  return groups.size ? [...groups.values()] : [[]];
}

/** Where a unit came from, for a writer of another format (which cannot use the rest of `extra`). */
export function fileOrigin(unit: BilingualUnit): FileOrigin | undefined {
  const extra = unit.extra as Partial<FileOrigin> | undefined;
  if (typeof extra?.file !== 'number') return undefined;
  return { file: extra.file, ...(extra.original === undefined ? {} : { original: extra.original }) };
}

/**
 * Content read from another XLIFF version, with each tag as this version's own placeholder code (the
 * original markup is not valid there). TMX needs nothing: its writer wraps foreign codes itself.
 */
export function withNativeTags(content: Content, format: 'xliff12' | 'xliff20'): Content {
  return content.map((part) => {
    if (typeof part === 'string') return part;
    const id = part.id.replace(/[^\w.-]/g, '_');
    const xml =
      format === 'xliff20'
        ? part.kind === 'open' ? `<sc id="${id}"/>` : part.kind === 'close' ? `<ec startRef="${id}"/>` : `<ph id="${id}"/>`
        : part.kind === 'open' ? `<bx id="${id}"/>` : part.kind === 'close' ? `<ex id="${id}"/>` : `<x id="${id}"/>`;
    return { ...part, xml };
  });
}
