/** Reads and writes XLIFF 2.0 files, one unit per <segment>, keeping everything Lektorat does not change exactly as written. */
import { type BilingualFile, type BilingualUnit, type Content, type LektoratState, LEKTORAT_STATES, type LqiIssue, type FileOrigin, fileGroups, sameData, sortIssues } from './bilingual';
import { bilingualError } from './xml/errors';
import { type Classify, ITS_NS, itsIssueAttributes, itsIssueOf, readInline, writeInline } from './xml/inline';
import { applyEdits, type Edit, elementAt, indentAt, qualifiedName, type Range, rangeOf, replaceContent, withLeadingSpace } from './xml/patch';
import { attr, attrNS, attrs, children, escapeText, localName, parseXml, patchStartTag, preservesSpace, textContent, type XmlElement, type XmlLimits } from './xml/safe';

export const XLIFF20_NS = 'urn:oasis:names:tc:xliff:document:2.0';

/*
 * State mapping. subState="lektorat:<state>" keeps the exact Lektorat state; it is trusted only while
 * the segment's state is still the one Lektorat wrote for it.
 *
 *   Lektorat      writes state   reads back from
 *   untranslated  initial        initial without target text
 *   machine       initial        initial with target text
 *   edited        translated     translated
 *   submitted     translated     (only via subState)
 *   approved      final          reviewed, final
 *   rejected      translated     (only via subState)
 */
const WRITE_STATE: Record<LektoratState, string> = {
  untranslated: 'initial',
  machine: 'initial',
  edited: 'translated',
  submitted: 'translated',
  approved: 'final',
  rejected: 'translated',
};

const isLektoratState = (s: string | undefined): s is LektoratState => LEKTORAT_STATES.includes(s as LektoratState);

export function stateFromXliff20(a: { state?: string; subState?: string; hasText: boolean }): LektoratState {
  if (!a.hasText) return 'untranslated';
  const state = a.state ?? 'initial';
  const sub = a.subState?.startsWith('lektorat:') ? a.subState.slice('lektorat:'.length) : undefined;
  if (isLektoratState(sub) && WRITE_STATE[sub] === state) return sub;
  if (state === 'translated') return 'edited';
  if (state === 'reviewed' || state === 'final') return 'approved';
  return 'machine';
}

interface SegmentPlace {
  id: string;
  snapshot: BilingualUnit;
  /** Index of the <unit> element among the file's units; segments of one unit share it. */
  group: number;
  segment: Range;
  source: Range;
  target: Range | null;
}

interface UnitPlace {
  unit: Range;
  notes: Range | null;
  /** Where a new <notes> goes: before the first <originalData>, <segment> or <ignorable>. */
  notesAt: number;
}

interface Xliff20Skeleton {
  kind: 'xliff20';
  text: string;
  root: Range;
  lastFileEnd: number;
  segments: SegmentPlace[];
  units: UnitPlace[];
  its: string | null;
}

/** Where a segment came from: the <file> (0-based), the <unit> id and the segment's position in it. */
export interface Xliff20Extra extends FileOrigin {
  unit: string;
  segment: number;
}

export function readXliff20(input: string | Uint8Array, limits?: Partial<XmlLimits>): BilingualFile {
  const doc = parseXml(input, limits);
  const root = doc.root;
  const text = doc.text;
  if (localName(root.name) !== 'xliff') throw bilingualError('not-bilingual', `This is not an XLIFF file: its top element is <${root.name}>, not <xliff>.`);
  const version = attr(root, 'version') ?? '';
  if (!version.startsWith('2.')) throw bilingualError('not-bilingual', `This is an XLIFF ${version || 'file without a version'}, not XLIFF 2.0. Choose XLIFF 1.2 import, or export XLIFF 2.0 from your CAT tool.`);
  const files = children(root, 'file');
  if (!files.length) throw bilingualError('not-bilingual', 'The XLIFF file contains no <file> element, so there is nothing to review.');
  const classify: Classify = (el) => {
    const name = localName(el.name);
    const id = attr(el, 'id') ?? name;
    switch (name) {
      case 'pc':
        return { role: 'wrap', id };
      case 'sc':
      case 'sm':
        return { role: attr(el, 'isolated') === 'yes' ? 'standalone' : 'open', id };
      case 'ec':
      case 'em':
        return { role: attr(el, 'isolated') === 'yes' ? 'standalone' : 'close', id: attr(el, 'startRef') ?? id };
      case 'mrk': {
        const issue = itsIssueOf((local) => attrNS(el, ITS_NS, local));
        return issue ? { role: 'issue', issue } : { role: 'wrap', id };
      }
      default:
        return { role: 'standalone', id };
    }
  };
  const units: BilingualUnit[] = [];
  const segments: SegmentPlace[] = [];
  const unitPlaces: UnitPlace[] = [];
  const originals = files.map((f) => attr(f, 'original'));
  files.forEach((file, fileIndex) => {
    const visit = (el: XmlElement) => {
      for (const child of children(el)) {
        const name = localName(child.name);
        if (name === 'group') visit(child);
        else if (name === 'unit') readUnit(child, fileIndex);
      }
    };
    visit(file);
  });

  function readUnit(unitEl: XmlElement, file: number) {
    const unitId = attr(unitEl, 'id') ?? '';
    const notesEl = children(unitEl, 'notes')[0] ?? null;
    const notes = notesEl
      ? children(notesEl, 'note').map((n) => {
          const from = attr(n, 'category');
          return from === undefined ? { text: textContent(n) } : { from, text: textContent(n) };
        })
      : [];
    const segEls = children(unitEl, 'segment');
    const firstContent = children(unitEl).find((c) => ['originalData', 'segment', 'ignorable'].includes(localName(c.name)));
    const group = unitPlaces.length;
    unitPlaces.push({ unit: rangeOf(unitEl), notes: notesEl ? rangeOf(notesEl) : null, notesAt: firstContent?.start ?? unitEl.endTagStart });
    segEls.forEach((seg, index) => {
      const sourceEl = children(seg, 'source')[0];
      if (!sourceEl) throw bilingualError('not-bilingual', `A segment of the unit "${unitId}" has no <source>; the file is damaged.`);
      const targetEl = children(seg, 'target')[0] ?? null;
      const source = readInline(text, sourceEl, classify, 'source');
      const target = targetEl ? readInline(text, targetEl, classify, 'target') : null;
      const id = segEls.length === 1 ? unitId : `${unitId}#${attr(seg, 'id') ?? index + 1}`;
      const unit: BilingualUnit = {
        id,
        source: source.content,
        target: target ? target.content : null,
        state: stateFromXliff20({ state: attr(seg, 'state'), subState: attr(seg, 'subState'), hasText: !!target && target.content.length > 0 }),
        // <notes> belong to the <unit>; they travel with its first segment.
        notes: index === 0 ? notes : [],
        issues: sortIssues([...source.issues, ...(target?.issues ?? [])]),
        preserveSpace: preservesSpace(sourceEl),
        extra: { file, ...(originals[file] === undefined ? {} : { original: originals[file] }), unit: unitId, segment: index } satisfies Xliff20Extra,
      };
      units.push(unit);
      segments.push({ id, snapshot: structuredClone(unit), group, segment: rangeOf(seg), source: rangeOf(sourceEl), target: targetEl ? rangeOf(targetEl) : null });
    });
  }

  const its = root.attrs.find((a) => a.name.startsWith('xmlns:') && a.value === ITS_NS)?.name.slice(6) ?? null;
  const original = attr(files[0]!, 'original');
  return {
    format: 'xliff20',
    sourceLang: attr(root, 'srcLang') ?? '',
    targetLang: attr(root, 'trgLang') ?? '',
    ...(original === undefined ? {} : { original }),
    units,
    skeleton: { kind: 'xliff20', text, root: rangeOf(root), lastFileEnd: files[files.length - 1]!.endTagStart, segments, units: unitPlaces, its } satisfies Xliff20Skeleton,
  };
}

function isSkeleton(s: unknown): s is Xliff20Skeleton {
  return typeof s === 'object' && s !== null && (s as { kind?: unknown }).kind === 'xliff20';
}

/** Writes the file: spliced into the original when it was read from one, else a new XLIFF 2.0 document. */
export function writeXliff20(file: BilingualFile): string {
  return isSkeleton(file.skeleton) ? patchXliff20(file, file.skeleton) : freshXliff20(file);
}

function inline(content: Content, issues: LqiIssue[], side: LqiIssue['side'], its: string, segmentKey = ''): string {
  let n = 0;
  return writeInline(
    content,
    issues.filter((i) => i.side === side),
    // mrk needs an id unique in the unit; the side letter keeps source and target marks apart.
    (issue) => ({ open: `<mrk id="lqi-${segmentKey}${side[0]}${++n}"${attrs(itsIssueAttributes(issue, its))}>`, close: '</mrk>' }),
  );
}

function segmentStateAttrs(unit: BilingualUnit): Array<[string, string | undefined]> {
  return [
    ['state', WRITE_STATE[unit.state]],
    ['subState', `lektorat:${unit.state}`],
  ];
}

function notesXml(notes: BilingualUnit['notes'], indent: string): string {
  const lines = notes.map((n) => `${indent}  <note${attrs([['category', n.from]])}>${escapeText(n.text)}</note>`);
  return [`${indent}<notes>`, ...lines, `${indent}</notes>`].join('\n');
}

function segmentXml(unit: BilingualUnit, indent: string, its: string, segmentId?: string): string {
  const inner = `${indent}  `;
  // Segments of one unit share the unit's mrk id space, so their marks carry the segment id.
  const key = segmentId ? `${segmentId}-` : '';
  return [
    `${indent}<segment${attrs([['id', segmentId], ...segmentStateAttrs(unit)])}>`,
    `${inner}<source>${inline(unit.source, unit.issues, 'source', its, key)}</source>`,
    ...(unit.target ? [`${inner}<target>${inline(unit.target, unit.issues, 'target', its, key)}</target>`] : []),
    `${indent}</segment>`,
  ].join('\n');
}

/**
 * Units read from a multi-segment <unit> have ids "unit#segment" ('#' is not allowed in an XLIFF 2.0 id):
 * consecutive ones are written back as one <unit> with one <segment id> each.
 */
function unitGroups(units: BilingualUnit[]): { id: string; parts: { unit: BilingualUnit; segmentId?: string }[] }[] {
  const groups: { id: string; split: boolean; parts: { unit: BilingualUnit; segmentId?: string }[] }[] = [];
  for (const unit of units) {
    const hash = unit.id.indexOf('#');
    const id = hash < 0 ? unit.id : unit.id.slice(0, hash);
    const segmentId = hash < 0 ? undefined : unit.id.slice(hash + 1);
    const last = groups[groups.length - 1];
    if (last && last.split && segmentId !== undefined && last.id === id) last.parts.push({ unit, segmentId });
    else groups.push({ id, split: segmentId !== undefined, parts: [{ unit, ...(segmentId !== undefined ? { segmentId } : {}) }] });
  }
  return groups;
}

function unitXml(group: { id: string; parts: { unit: BilingualUnit; segmentId?: string }[] }, indent: string, its: string): string {
  const inner = `${indent}  `;
  const first = group.parts[0]!.unit;
  const notes = group.parts.flatMap((p) => p.unit.notes);
  return [
    `${indent}<unit${attrs([
      ['id', group.id],
      ['xml:space', first.preserveSpace ? 'preserve' : undefined],
    ])}>`,
    ...(notes.length ? [notesXml(notes, inner)] : []),
    ...group.parts.map((p) => segmentXml(p.unit, inner, its, p.segmentId)),
    `${indent}</unit>`,
  ].join('\n');
}

function freshXliff20(file: BilingualFile): string {
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<xliff version="2.0"${attrs([
      ['xmlns', XLIFF20_NS],
      ['xmlns:its', ITS_NS],
      ['its:version', '2.0'],
      ['srcLang', file.sourceLang],
      ['trgLang', file.targetLang || undefined],
    ])}>`,
    // Units read from several <file>s go back into as many <file>s, since ids are unique only per file.
    ...fileGroups(file.units).flatMap((units, i) => [
      `  <file${attrs([
        ['id', `f${i + 1}`],
        ['original', (units[0]?.extra as Partial<FileOrigin> | undefined)?.original ?? file.original],
      ])}>`,
      ...unitGroups(units).map((g) => unitXml(g, '    ', 'its')),
      '  </file>',
    ]),
    '</xliff>',
    '',
  ].join('\n');
}

function patchXliff20(file: BilingualFile, sk: Xliff20Skeleton): string {
  const text = sk.text;
  const its = sk.its ?? 'its';
  const edits: Edit[] = [];
  const used = new Set<number>();
  const added: BilingualUnit[] = [];
  /** The current units of each original <unit>, to rewrite its <notes> when they changed. */
  const byGroup = new Map<number, { now: BilingualUnit[]; before: BilingualUnit[] }>();
  file.units.forEach((unit, i) => {
    const index = sk.segments[i]?.id === unit.id && !used.has(i) ? i : sk.segments.findIndex((s, j) => s.id === unit.id && !used.has(j));
    if (index < 0) {
      added.push(unit);
      return;
    }
    used.add(index);
    const place = sk.segments[index]!;
    const g = byGroup.get(place.group) ?? { now: [], before: [] };
    g.now.push(unit);
    g.before.push(place.snapshot);
    byGroup.set(place.group, g);
    if (!sameData(unit, place.snapshot)) edits.push(...segmentEdits(text, unit, place, its));
  });
  for (const [group, { now, before }] of byGroup) {
    const notes = now.flatMap((u) => u.notes);
    if (sameData(notes, before.flatMap((u) => u.notes))) continue;
    const up = sk.units[group]!;
    const indent = indentAt(text, up.notes?.start ?? up.notesAt);
    if (up.notes) edits.push({ from: up.notes.start, to: up.notes.end, insert: notes.length ? notesXml(notes, indent).trimStart() : '' });
    else edits.push({ from: up.notesAt, to: up.notesAt, insert: `${notesXml(notes, indent).trimStart()}\n${indent}` });
  }
  if (added.length) {
    const at = sk.lastFileEnd;
    const fileIndent = indentAt(text, at);
    edits.push({ from: at, to: at, insert: unitGroups(added).map((g) => `  ${unitXml(g, `${fileIndent}  `, its).trimStart()}\n${fileIndent}`).join('') });
  }
  if (!edits.length) return text;
  const rootTag = text.slice(sk.root.start, sk.root.startTagEnd);
  const declare: Array<[string, string | undefined]> = [];
  if (!sk.its) declare.push([`xmlns:${its}`, ITS_NS]);
  if (!new RegExp(`\\s${its}:version\\s*=`).test(rootTag)) declare.push([`${its}:version`, '2.0']);
  if (declare.length) edits.push({ from: sk.root.start, to: sk.root.startTagEnd, insert: patchStartTag(text, elementAt(text, sk.root, 'xliff'), declare) });
  return applyEdits(text, edits);
}

function segmentEdits(text: string, unit: BilingualUnit, place: SegmentPlace, its: string): Edit[] {
  const edits: Edit[] = [];
  // Segments of one unit share its mrk id space (as in segmentXml): a unit read as "unit#segment" keys its marks by segment.
  const hash = unit.id.indexOf('#');
  const key = hash < 0 ? '' : `${unit.id.slice(hash + 1)}-`;
  const old = place.snapshot;
  if (unit.state !== old.state) {
    edits.push({ from: place.segment.start, to: place.segment.startTagEnd, insert: patchStartTag(text, elementAt(text, place.segment, 'segment'), segmentStateAttrs(unit)) });
  }
  const sideChanged = (side: LqiIssue['side']) => !sameData(unit.issues.filter((i) => i.side === side), old.issues.filter((i) => i.side === side));
  const space: Array<[string, string | undefined]> = unit.preserveSpace !== old.preserveSpace ? [['xml:space', unit.preserveSpace ? 'preserve' : 'default']] : [];
  if (!sameData(unit.source, old.source) || sideChanged('source') || space.length) {
    if (space.length) {
      // The start tag changes too, so the whole element is rewritten.
      const tag = patchStartTag(text, elementAt(text, place.source, 'source'), space).replace(/\s*\/>$/, '>');
      edits.push({ from: place.source.start, to: place.source.end, insert: `${tag}${inline(unit.source, unit.issues, 'source', its, key)}</${qualifiedName(text, place.source)}>` });
    } else edits.push(replaceContent(text, place.source, 'source', inline(unit.source, unit.issues, 'source', its, key)));
  }
  if (!sameData(unit.target, old.target) || sideChanged('target') || space.length) {
    if (!unit.target) {
      if (place.target) edits.push({ from: withLeadingSpace(text, place.target.start), to: place.target.end, insert: '' });
    } else {
      const body = inline(unit.target, unit.issues, 'target', its, key);
      if (place.target) {
        const tag = patchStartTag(text, elementAt(text, place.target, 'target'), space).replace(/\s*\/>$/, '>');
        edits.push({ from: place.target.start, to: place.target.end, insert: `${tag}${body}</${qualifiedName(text, place.target)}>` });
      } else {
        edits.push({ from: place.source.end, to: place.source.end, insert: `\n${indentAt(text, place.source.start)}<target${attrs(space)}>${body}</target>` });
      }
    }
  }
  return edits;
}
