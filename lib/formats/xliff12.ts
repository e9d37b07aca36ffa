/** Reads and writes XLIFF 1.2 files, keeping everything Lektorat does not change exactly as the CAT tool wrote it. */
import { groupBy } from '../group-by';
import { type BilingualFile, type BilingualUnit, type Content, type LektoratState, LEKTORAT_STATES, type LqiIssue, type FileOrigin, fileGroups, sameData, sortIssues } from './bilingual';
import { bilingualError } from './xml/errors';
import { type Classify, ITS_NS, itsIssueAttributes, itsIssueOf, readInline, writeInline } from './xml/inline';
import { applyEdits, attrValue, type Edit, elementAt, indentAt, qualifiedName, type Range, rangeOf, replaceContent, withLeadingSpace } from './xml/patch';
import { attr, attrNS, attrs, children, escapeText, localName, parseXml, patchStartTag, preservesSpace, textContent, type XmlElement, type XmlLimits } from './xml/safe';

export const XLIFF12_NS = 'urn:oasis:names:tc:xliff:document:1.2';
const XLIFF11_NS = 'urn:oasis:names:tc:xliff:document:1.1';
/** Namespace of Lektorat's extension attributes (the exact review state), which CAT tools keep and ignore. */
export const LEKTORAT_NS = 'urn:x-lektorat:xliff';

/*
 * State mapping. Writing always adds lek:state with the exact Lektorat state; reading trusts it only
 * while the standard state is still the one Lektorat wrote (a CAT tool that changed the state wins).
 *
 *   Lektorat      writes state (state-qualifier)                      reads back from
 *   untranslated  needs-translation                                   no/empty target (any state)
 *   machine       needs-review-translation (leveraged-mt from MT,     needs-review-*, needs-adaptation, needs-l10n,
 *                 leveraged-tm from a memory, none from a person)
 *                                                                     translated + leveraged-mt/mt-suggestion,
 *                                                                     no state with a target, other x-… values,
 *                                                                     new/needs-translation with a target text
 *   edited        translated                                          translated
 *   submitted     translated               + lek:state="submitted"    (only via lek:state or x-lektorat-submitted)
 *   approved      signed-off, approved="yes" on the trans-unit        signed-off, final, approved="yes" without state
 *   rejected      needs-review-translation (rejected-inaccurate)      needs-review-* with a rejected-… qualifier
 *
 * state="x-lektorat-<state>" is read as that state too.
 */
const WRITE_STATE: Record<LektoratState, { state: string; qualifier?: string }> = {
  untranslated: { state: 'needs-translation' },
  // The qualifier follows the unit's origin (MT_QUALIFIER); a person's translation has none.
  machine: { state: 'needs-review-translation' },
  edited: { state: 'translated' },
  submitted: { state: 'translated' },
  approved: { state: 'signed-off' },
  rejected: { state: 'needs-review-translation', qualifier: 'rejected-inaccurate' },
};

const MT_QUALIFIER: Record<NonNullable<BilingualUnit['origin']>, string> = { mt: 'leveraged-mt', tm: 'leveraged-tm' };

/** The origin a state-qualifier records: machine translation, a translation memory, or (undefined) not said. */
export function originFromQualifier(qualifier: string | undefined): BilingualUnit['origin'] {
  if (qualifier === 'leveraged-mt' || qualifier === 'mt-suggestion') return 'mt';
  if (qualifier === 'leveraged-tm' || qualifier === 'exact-match' || qualifier === 'fuzzy-match' || qualifier === 'id-match') return 'tm';
  return undefined;
}

const isLektoratState = (s: string | undefined): s is LektoratState => LEKTORAT_STATES.includes(s as LektoratState);

export function stateFromXliff12(a: { state?: string; qualifier?: string; lektorat?: string; approved?: string; hasText: boolean }): LektoratState {
  if (!a.hasText) return 'untranslated';
  if (isLektoratState(a.lektorat) && WRITE_STATE[a.lektorat].state === a.state) return a.lektorat;
  const x = a.state?.startsWith('x-lektorat-') ? a.state.slice('x-lektorat-'.length) : undefined;
  if (isLektoratState(x)) return x;
  switch (a.state) {
    case 'new':
    case 'needs-translation':
      // A target text under a "not translated yet" state is still a translation to review: shown, counted and
      // exported as one (reading it as untranslated showed "exports leave them empty" while the export kept it).
      return 'machine';
    case 'needs-review-translation':
    case 'needs-review-l10n':
    case 'needs-review-adaptation':
      return a.qualifier?.startsWith('rejected-') ? 'rejected' : 'machine';
    case 'translated':
      return a.qualifier === 'leveraged-mt' || a.qualifier === 'mt-suggestion' ? 'machine' : 'edited';
    case 'signed-off':
    case 'final':
      return 'approved';
    case undefined:
      return a.approved === 'yes' ? 'approved' : 'machine';
    default:
      return 'machine';
  }
}

interface UnitPlace {
  id: string;
  snapshot: BilingualUnit;
  unit: Range;
  source: Range;
  target: Range | null;
  /** Where a new <target> goes: after <source> or <seg-source>. */
  targetAt: number;
  notes: Range[];
}

interface Xliff12Skeleton {
  kind: 'xliff12';
  text: string;
  root: Range;
  bodyEnds: number[];
  places: UnitPlace[];
  /** Prefixes bound on the root element (null: to be declared when needed). */
  its: string | null;
  lek: string | null;
}

/** Which <file> of the document a unit came from (0-based), and its resname. */
export interface Xliff12Extra extends FileOrigin {
  resname?: string;
}

export function readXliff12(input: string | Uint8Array, limits?: Partial<XmlLimits>): BilingualFile {
  const doc = parseXml(input, limits);
  const root = doc.root;
  if (localName(root.name) !== 'xliff') throw bilingualError('not-bilingual', `This is not an XLIFF file: its top element is <${root.name}>, not <xliff>.`);
  const version = attr(root, 'version') ?? '';
  if (!version.startsWith('1.')) throw bilingualError('not-bilingual', `This is an XLIFF ${version || 'file without a version'}, not XLIFF 1.2. Choose XLIFF 2.0 import, or export XLIFF 1.2 from your CAT tool.`);
  const text = doc.text;
  const files = children(root, 'file');
  if (!files.length) throw bilingualError('not-bilingual', 'The XLIFF file contains no <file> element, so there is nothing to review.');
  const itsAttrs = (el: XmlElement) => (local: string) => attrNS(el, ITS_NS, local);
  const classify: Classify = (el) => {
    const name = localName(el.name);
    // Codes without an id get their name; readInline numbers repeats (mrk, mrk~2) the same way on both sides.
    const id = attr(el, 'id') ?? attr(el, 'mid') ?? localName(el.name);
    switch (name) {
      case 'g':
        return { role: 'wrap', id };
      case 'bpt':
        return { role: 'open', id: attr(el, 'rid') ?? id };
      case 'ept':
        return { role: 'close', id: attr(el, 'rid') ?? id };
      case 'mrk': {
        const issue = itsIssueOf(itsAttrs(el));
        return issue ? { role: 'issue', issue } : { role: 'wrap', id };
      }
      default:
        // x, bx, ex, ph, it and unknown extensions are kept whole.
        return { role: 'standalone', id };
    }
  };
  const fileOriginal = (i: number) => (files[i] ? attr(files[i], 'original') : undefined);
  const units: BilingualUnit[] = [];
  const places: UnitPlace[] = [];
  const bodyEnds: number[] = [];
  files.forEach((file, fileIndex) => {
    const body = children(file, 'body')[0];
    if (!body) return;
    bodyEnds.push(body.selfClosing ? body.start : body.endTagStart);
    const visit = (el: XmlElement) => {
      for (const child of children(el)) {
        const name = localName(child.name);
        if (name === 'group') visit(child);
        else if (name === 'trans-unit') readUnit(child, fileIndex);
      }
    };
    visit(body);
  });

  function readUnit(tu: XmlElement, file: number) {
    const id = attr(tu, 'id') ?? '';
    const sourceEl = children(tu, 'source')[0];
    if (!sourceEl) throw bilingualError('not-bilingual', `The trans-unit "${id}" has no <source>; the file is damaged.`);
    const targetEl = children(tu, 'target')[0] ?? null;
    const source = readInline(text, sourceEl, classify, 'source');
    const target = targetEl ? readInline(text, targetEl, classify, 'target') : null;
    const hasText = !!target && target.content.length > 0;
    const state = stateFromXliff12({
      state: targetEl ? attr(targetEl, 'state') : undefined,
      qualifier: targetEl ? attr(targetEl, 'state-qualifier') : undefined,
      lektorat: targetEl ? attrNS(targetEl, LEKTORAT_NS, 'state') : undefined,
      approved: attr(tu, 'approved'),
      hasText,
    });
    const noteEls = children(tu, 'note');
    const resname = attr(tu, 'resname');
    const origin = originFromQualifier(targetEl ? attr(targetEl, 'state-qualifier') : undefined);
    const unit: BilingualUnit = {
      id,
      source: source.content,
      target: target ? target.content : null,
      state,
      notes: noteEls.map((n) => {
        const from = attr(n, 'from');
        return from === undefined ? { text: textContent(n) } : { from, text: textContent(n) };
      }),
      issues: sortIssues([...source.issues, ...(target?.issues ?? [])]),
      preserveSpace: preservesSpace(tu),
      ...(origin ? { origin } : {}),
      extra: { file, ...(fileOriginal(file) === undefined ? {} : { original: fileOriginal(file) }), ...(resname === undefined ? {} : { resname }) } satisfies Xliff12Extra,
    };
    units.push(unit);
    const segSource = children(tu, 'seg-source')[0];
    places.push({
      id,
      snapshot: structuredClone(unit),
      unit: rangeOf(tu),
      source: rangeOf(sourceEl),
      target: targetEl ? rangeOf(targetEl) : null,
      targetAt: (segSource ?? sourceEl).end,
      notes: noteEls.map(rangeOf),
    });
  }

  const prefixFor = (ns: string) => root.attrs.find((a) => a.name.startsWith('xmlns:') && a.value === ns)?.name.slice(6) ?? null;
  const first = files[0]!;
  const skeleton: Xliff12Skeleton = { kind: 'xliff12', text, root: rangeOf(root), bodyEnds, places, its: prefixFor(ITS_NS), lek: prefixFor(LEKTORAT_NS) };
  const original = attr(first, 'original');
  return {
    format: 'xliff12',
    sourceLang: attr(first, 'source-language') ?? '',
    targetLang: attr(first, 'target-language') ?? '',
    ...(original === undefined ? {} : { original }),
    units,
    skeleton,
  };
}

function isSkeleton(s: unknown): s is Xliff12Skeleton {
  return typeof s === 'object' && s !== null && (s as { kind?: unknown }).kind === 'xliff12';
}

/** Writes the file: spliced into the original when it was read from one, else a new XLIFF 1.2 document. */
export function writeXliff12(file: BilingualFile): string {
  return isSkeleton(file.skeleton) ? patchXliff12(file, file.skeleton) : freshXliff12(file);
}

interface Prefixes {
  its: string;
  lek: string;
}

function targetStateAttrs(unit: BilingualUnit, p: Prefixes): Array<[string, string | undefined]> {
  const w = WRITE_STATE[unit.state];
  return [
    ['state', w.state],
    ['state-qualifier', w.qualifier ?? (unit.state === 'machine' && unit.origin ? MT_QUALIFIER[unit.origin] : undefined)],
    [`${p.lek}:state`, unit.state],
  ];
}

function inline(content: Content, issues: LqiIssue[], side: LqiIssue['side'], p: Prefixes): string {
  return writeInline(
    content,
    issues.filter((i) => i.side === side),
    (issue) => ({ open: `<mrk mtype="x-its"${attrs(itsIssueAttributes(issue, p.its))}>`, close: '</mrk>' }),
  );
}

function notesXml(unit: BilingualUnit, indent: string): string {
  return unit.notes.map((n) => `${indent}<note${attrs([['from', n.from]])}>${escapeText(n.text)}</note>`).join('\n');
}

function unitXml(unit: BilingualUnit, p: Prefixes, indent: string): string {
  const inner = `${indent}  `;
  const lines = [
    `${indent}<trans-unit${attrs([
      ['id', unit.id],
      ['resname', (unit.extra as Partial<Xliff12Extra> | undefined)?.resname],
      ['approved', unit.state === 'approved' ? 'yes' : undefined],
      ['xml:space', unit.preserveSpace ? 'preserve' : undefined],
    ])}>`,
    `${inner}<source>${inline(unit.source, unit.issues, 'source', p)}</source>`,
  ];
  if (unit.target) lines.push(`${inner}<target${attrs(targetStateAttrs(unit, p))}>${inline(unit.target, unit.issues, 'target', p)}</target>`);
  if (unit.notes.length) lines.push(notesXml(unit, inner));
  lines.push(`${indent}</trans-unit>`);
  return lines.join('\n');
}

const FRESH_PREFIXES: Prefixes = { its: 'its', lek: 'lek' };

function freshXliff12(file: BilingualFile): string {
  const p = FRESH_PREFIXES;
  // Units read from several <file>s go back into as many <file>s, since ids are unique only per file.
  const files = fileGroups(file.units).map((units) => {
    const original = (units[0]?.extra as Partial<Xliff12Extra> | undefined)?.original ?? file.original ?? 'lektorat';
    return [
      `  <file${attrs([
        ['original', original],
        ['source-language', file.sourceLang],
        ['target-language', file.targetLang || undefined],
        ['datatype', 'plaintext'],
      ])}>`,
      '    <body>',
      ...units.map((u) => unitXml(u, p, '      ')),
      '    </body>',
      '  </file>',
    ].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="1.2" xmlns="${XLIFF12_NS}" xmlns:its="${ITS_NS}" xmlns:lek="${LEKTORAT_NS}" its:version="2.0">`,
    ...files,
    '</xliff>',
    '',
  ].join('\n');
}

function patchXliff12(file: BilingualFile, sk: Xliff12Skeleton): string {
  const text = sk.text;
  const p: Prefixes = { its: sk.its ?? 'its', lek: sk.lek ?? 'lek' };
  const edits: Edit[] = [];
  const used = new Set<number>();
  const byId = groupBy(sk.places.keys(), (i) => sk.places[i]!.id);
  const added: BilingualUnit[] = [];
  file.units.forEach((unit, i) => {
    const index = sk.places[i]?.id === unit.id && !used.has(i) ? i : byId.get(unit.id)?.find((j) => !used.has(j));
    if (index === undefined) {
      added.push(unit);
      return;
    }
    used.add(index);
    const place = sk.places[index]!;
    if (!sameData(unit, place.snapshot)) edits.push(...unitEdits(text, unit, place, p));
  });
  if (added.length) {
    const at = sk.bodyEnds[sk.bodyEnds.length - 1];
    if (at === undefined) throw bilingualError('not-bilingual', 'The XLIFF file has no <body> to add units to.');
    const bodyIndent = indentAt(text, at);
    const insert = added.map((u) => `  ${unitXml(u, p, `${bodyIndent}  `).trimStart()}\n${bodyIndent}`).join('');
    edits.push({ from: at, to: at, insert });
  }
  // A 1.1 file (translate-toolkit's po2xliff writes them) is written as what the export says it is: 1.2, with 1.2's
  // namespace; the two versions share their elements, so nothing else changes.
  const root = elementAt(text, sk.root, 'xliff');
  const upgrade: Array<[string, string | undefined]> = [
    ...(attr(root, 'version') === '1.1' ? [['version', '1.2'] as [string, string]] : []),
    ...root.attrs.filter((a) => (a.name === 'xmlns' || a.name.startsWith('xmlns:')) && a.value === XLIFF11_NS).map((a): [string, string] => [a.name, XLIFF12_NS]),
  ];
  if (!edits.length && !upgrade.length) return text;
  // Declarations for the prefixes the edits may use, added to the root only when missing.
  const declare: Array<[string, string | undefined]> = [...upgrade];
  if (!sk.its) declare.push([`xmlns:${p.its}`, ITS_NS]);
  if (!sk.lek) declare.push([`xmlns:${p.lek}`, LEKTORAT_NS]);
  if (!new RegExp(`\\s${p.its}:version\\s*=`).test(text.slice(sk.root.start, sk.root.startTagEnd))) declare.push([`${p.its}:version`, '2.0']);
  if (declare.length) edits.push({ from: sk.root.start, to: sk.root.startTagEnd, insert: patchStartTag(text, root, declare) });
  return applyEdits(text, edits);
}

function unitEdits(text: string, unit: BilingualUnit, place: UnitPlace, p: Prefixes): Edit[] {
  const edits: Edit[] = [];
  const old = place.snapshot;
  const el = (r: Range, name: string) => elementAt(text, r, name);
  // The trans-unit's own attributes.
  const tuChanges: Array<[string, string | undefined]> = [];
  if (unit.preserveSpace !== old.preserveSpace) tuChanges.push(['xml:space', unit.preserveSpace ? 'preserve' : 'default']);
  if (unit.state !== old.state) {
    const approved = attrValue(text, place.unit, 'approved');
    if (unit.state === 'approved') tuChanges.push(['approved', 'yes']);
    else if (approved === 'yes') tuChanges.push(['approved', 'no']);
  }
  if (tuChanges.length) edits.push({ from: place.unit.start, to: place.unit.startTagEnd, insert: patchStartTag(text, el(place.unit, 'trans-unit'), tuChanges) });
  const sideChanged = (side: LqiIssue['side']) =>
    !sameData(unit.issues.filter((i) => i.side === side), old.issues.filter((i) => i.side === side));
  if (!sameData(unit.source, old.source) || sideChanged('source')) {
    edits.push(replaceContent(text, place.source, 'source', inline(unit.source, unit.issues, 'source', p)));
  }
  const targetChanged = !sameData(unit.target, old.target) || sideChanged('target') || unit.state !== old.state;
  if (targetChanged) {
    if (!unit.target) {
      if (place.target) edits.push({ from: withLeadingSpace(text, place.target.start), to: place.target.end, insert: '' });
    } else {
      const body = inline(unit.target, unit.issues, 'target', p);
      const stateAttrs = unit.state !== old.state || !place.target ? targetStateAttrs(unit, p) : [];
      if (place.target) {
        const tag = patchStartTag(text, el(place.target, 'target'), stateAttrs);
        const open = place.target.selfClosing ? tag.replace(/\s*\/>$/, '>') : tag;
        const qname = qualifiedName(text, place.target);
        edits.push({ from: place.target.start, to: place.target.end, insert: `${open}${body}</${qname}>` });
      } else {
        const indent = indentAt(text, place.source.start);
        edits.push({ from: place.targetAt, to: place.targetAt, insert: `\n${indent}<target${attrs(stateAttrs)}>${body}</target>` });
      }
    }
  }
  if (!sameData(unit.notes, old.notes)) {
    for (const n of place.notes) edits.push({ from: withLeadingSpace(text, n.start), to: n.end, insert: '' });
    if (unit.notes.length) {
      const indent = indentAt(text, place.source.start);
      const at = place.target?.end ?? place.targetAt;
      edits.push({ from: at, to: at, insert: `\n${notesXml(unit, indent)}` });
    }
  }
  return edits;
}

