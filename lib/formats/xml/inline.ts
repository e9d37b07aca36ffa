/** Reading and writing the mixed content of a segment (text, inline codes, ITS issue marks) for the XML formats. */
import type { Content, InlineTag, LqiIssue } from '../bilingual';
import { isElementBoundary, sortIssues } from '../bilingual';
import { escapeText, type XmlElement } from './safe';

export const ITS_NS = 'http://www.w3.org/2005/11/its';

/** How a format's inline element is taken: its content wrapped by open/close tags, or whole as one tag. */
export type InlineRole =
  | { role: 'wrap'; id: string }
  | { role: 'open' | 'close' | 'standalone'; id: string }
  /** An issue mark: its content is text, the mark itself becomes an LqiIssue. */
  | { role: 'issue'; issue: Omit<LqiIssue, 'side' | 'span'> };

export type Classify = (el: XmlElement) => InlineRole;

/** The content and issues of a source/target/seg element. */
export function readInline(text: string, container: XmlElement, classify: Classify, side: LqiIssue['side']): { content: Content; issues: LqiIssue[] } {
  const content: Content = [];
  const issues: LqiIssue[] = [];
  const used = new Set<string>();
  let length = 0;
  const pushText = (s: string) => {
    if (!s) return;
    length += s.length;
    const prev = content[content.length - 1];
    if (typeof prev === 'string') content[content.length - 1] = prev + s;
    else content.push(s);
  };
  // Ids must be unique per kind and safe inside a placeholder; files break both rules now and then.
  const uniqueId = (kind: InlineTag['kind'], raw: string) => {
    let id = /^[^\s⟦⟧/]+$/.test(raw) ? raw : 'tag';
    for (let n = 2; used.has(`${kind}:${id}`); n++) id = `${raw.replace(/[\s⟦⟧/]/g, '') || 'tag'}~${n}`;
    used.add(`${kind}:${id}`);
    return id;
  };
  const walk = (el: XmlElement) => {
    for (const child of el.children) {
      if (child.type === 'text') {
        pushText(child.value);
        continue;
      }
      const xml = text.slice(child.start, child.end);
      if (child.type !== 'element') {
        // A comment or processing instruction inside a segment is kept as a code, not lost.
        content.push({ kind: 'standalone', id: uniqueId('standalone', `c${child.start}`), xml, label: shorten(xml) });
        continue;
      }
      const role = classify(child);
      if (role.role === 'issue') {
        const start = length;
        walk(child);
        issues.push({ ...role.issue, side, span: { start, end: length } });
      } else if (role.role === 'wrap' && !child.selfClosing) {
        const open = text.slice(child.start, child.startTagEnd);
        const id = uniqueId('open', role.id);
        used.add(`close:${id}`);
        content.push({ kind: 'open', id, xml: open, label: shorten(open) });
        walk(child);
        const close = text.slice(child.endTagStart, child.end);
        content.push({ kind: 'close', id, xml: close, label: close });
      } else {
        const kind = role.role === 'wrap' ? 'standalone' : role.role;
        content.push({ kind, id: uniqueId(kind, role.id), xml, label: shorten(xml) });
      }
    }
  };
  walk(container);
  // An issue over the whole text is the same as an issue without a span; one form keeps round trips exact.
  for (const issue of issues) if (issue.span && issue.span.start === 0 && issue.span.end === length) delete issue.span;
  return { content, issues: sortIssues(issues) };
}

function shorten(xml: string): string {
  const flat = xml.replace(/\s+/g, ' ');
  return flat.length > 40 ? `${flat.slice(0, 39)}…` : flat;
}

type Atom = { char: string } | { raw: string; boundary?: 'open' | 'close' };

/**
 * Writes content as XML, wrapping each issue's span in the markup `mark` returns. A span that
 * would cut through an element tag pair is widened to enclose the pair, so the output stays well-formed.
 */
export function writeInline(
  content: Content,
  issues: LqiIssue[],
  mark: (issue: LqiIssue) => { open: string; close: string },
  tagXml: (tag: InlineTag) => string = (tag) => tag.xml,
): string {
  const atoms: Atom[] = [];
  for (const part of content) {
    if (typeof part === 'string') for (const char of part) atoms.push({ char });
    else atoms.push({ raw: tagXml(part), boundary: isElementBoundary(part) ? (part.kind === 'open' ? 'open' : 'close') : undefined });
  }
  for (const issue of sortIssues(issues)) {
    const [s, e] = issueRange(atoms, issue);
    const { open, close } = mark(issue);
    atoms.splice(e, 0, { raw: close, boundary: 'close' });
    atoms.splice(s, 0, { raw: open, boundary: 'open' });
  }
  let out = '';
  let run = '';
  for (const atom of atoms) {
    if ('char' in atom) {
      run += atom.char;
      continue;
    }
    out += escapeText(run) + atom.raw;
    run = '';
  }
  return out + escapeText(run);
}

/** Atom indexes [s, e) to wrap for an issue, widened until no element tag pair is cut. */
function issueRange(atoms: Atom[], issue: LqiIssue): [number, number] {
  // Character atoms may hold a whole surrogate pair; spans count UTF-16 code units.
  const charIdx: number[] = [];
  const charStartAt: number[] = [];
  let units = 0;
  atoms.forEach((a, i) => {
    if ('char' in a) {
      charIdx.push(i);
      charStartAt.push(units);
      units += a.char.length;
    }
  });
  const atomOfUnit = (u: number) => {
    let k = charStartAt.findIndex((start, j) => u >= start && u < start + (atoms[charIdx[j]!] as { char: string }).char.length);
    if (k < 0) k = charIdx.length;
    return k;
  };
  const startAt = (u: number) => {
    const k = atomOfUnit(u);
    if (k < charIdx.length) return charIdx[k]!;
    return charIdx.length ? charIdx[charIdx.length - 1]! + 1 : 0;
  };
  if (!issue.span) return [0, atoms.length];
  let s = startAt(issue.span.start);
  let e = issue.span.end <= issue.span.start ? s : Math.max(s, startAt(issue.span.end - 1) + 1);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [a, b] of boundaryPairs(atoms)) {
      const aIn = a >= s && a < e;
      const bIn = b >= s && b < e;
      if (aIn !== bIn) {
        s = Math.min(s, a);
        e = Math.max(e, b + 1);
        changed = true;
      }
    }
  }
  return [s, e];
}

function boundaryPairs(atoms: Atom[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const stack: number[] = [];
  atoms.forEach((a, i) => {
    if ('char' in a || !a.boundary) return;
    if (a.boundary === 'open') stack.push(i);
    else {
      const open = stack.pop();
      if (open !== undefined) pairs.push([open, i]);
    }
  });
  return pairs;
}

/** ITS 2.0 Localization Quality Issue attributes, with the given prefix for the ITS namespace. */
export function itsIssueAttributes(issue: LqiIssue, prefix: string): Array<[string, string | undefined]> {
  return [
    [`${prefix}:locQualityIssueType`, issue.type],
    [`${prefix}:locQualityIssueComment`, issue.comment || undefined],
    [`${prefix}:locQualityIssueSeverity`, String(Math.max(0, Math.min(100, issue.severity)))],
    [`${prefix}:locQualityIssueEnabled`, issue.enabled === undefined ? undefined : issue.enabled ? 'yes' : 'no'],
  ];
}

/** The issue an element's ITS attributes describe, or null (`get` reads an attribute in the ITS namespace). */
export function itsIssueOf(get: (local: string) => string | undefined): Omit<LqiIssue, 'side' | 'span'> | null {
  const type = get('locQualityIssueType');
  const comment = get('locQualityIssueComment');
  if (type === undefined && comment === undefined) return null;
  const severity = Number(get('locQualityIssueSeverity'));
  const enabled = get('locQualityIssueEnabled');
  return {
    type: type ?? 'other',
    comment: comment ?? '',
    severity: Number.isFinite(severity) ? Math.max(0, Math.min(100, severity)) : 0,
    ...(enabled === undefined ? {} : { enabled: enabled !== 'no' }),
  };
}
