/**
 * Whitespace check: the whitespace a format keeps (XLIFF xml:space="preserve", PO strings) — at the ends of a
 * segment and its line breaks — should be the source's; texts segmented from prose are trimmed, so it stays silent there.
 */
import { ruleFinding } from './rules/catalogue';
import type { Finding, SegmentCheck } from './types';

const LEADING = /^\s*/u;
const TRAILING = /\s*$/u;

const lineBreaks = (text: string): number => {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
};

/** "a line break", "two spaces", "nothing": what a run of whitespace is, for the message. */
function describe(space: string): string {
  if (space === '') return 'nothing';
  const breaks = lineBreaks(space);
  if (breaks > 0) return breaks === 1 ? 'a line break' : `${breaks} line breaks`;
  return space.length === 1 ? (space === '\t' ? 'a tab' : 'a space') : `${space.length} spaces`;
}

function endFinding(end: 'start' | 'end', source: string, target: string, wanted: string, found: string): Finding {
  // The span is the target's own whitespace there, or its first/last character when it has none.
  const span =
    end === 'start'
      ? { start: 0, end: found.length || 1 }
      : { start: target.length - (found.length || 1), end: target.length };
  const edge = target.slice(span.start, span.end);
  const replacement = end === 'start' ? wanted + (found ? '' : edge) : (found ? '' : edge) + wanted;
  return ruleFinding('whitespace.ends', {
    side: 'target',
    sourceSpans: [],
    targetSpans: [span],
    severity: lineBreaks(wanted) !== lineBreaks(found) ? 'major' : 'minor',
    message: `The source ${end === 'start' ? 'starts' : 'ends'} with ${describe(wanted)}, the translation with ${describe(found)}${
      end === 'end' && lineBreaks(wanted) !== lineBreaks(found) ? ' (msgfmt --check refuses a line break at one end only)' : ''
    }.`,
    fix: { side: 'target', span, replacement, label: `Make the ${end} like the source’s` },
  });
}

export const whitespaceCheck: SegmentCheck = (segment) => {
  const { source, target } = segment;
  if (!source.trim() || !target.trim()) return [];
  const findings: Finding[] = [];
  const [sLead, tLead] = [LEADING.exec(source)![0], LEADING.exec(target)![0]];
  const [sTrail, tTrail] = [TRAILING.exec(source)![0], TRAILING.exec(target)![0]];
  if (sLead !== tLead) findings.push(endFinding('start', source, target, sLead, tLead));
  if (sTrail !== tTrail) findings.push(endFinding('end', source, target, sTrail, tTrail));
  const inner = (text: string, lead: string, trail: string) => lineBreaks(text.slice(lead.length, text.length - trail.length));
  const [sBreaks, tBreaks] = [inner(source, sLead, sTrail), inner(target, tLead, tTrail)];
  if (sBreaks !== tBreaks) {
    findings.push(
      ruleFinding('whitespace.line-breaks', {
        side: 'target',
        sourceSpans: [],
        targetSpans: [{ start: tLead.length, end: target.length - tTrail.length }],
        message: `The source has ${sBreaks === 1 ? 'one line break' : `${sBreaks} line breaks`} inside the text, the translation ${tBreaks === 1 ? 'one' : tBreaks}.`,
      }),
    );
  }
  return findings;
};
