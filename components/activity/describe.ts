/** Plain-language lines for activity entries: "Segment 4: edited (machine → edited)". */
import type { ActivityEntry } from './use-activity';

/** Filter labels of the actions the app records; an action not listed here shows its own name. */
export const ACTION_LABEL: Record<string, string> = {
  import: 'Import',
  translation: 'Machine translation',
  edit: 'Edit',
  revert: 'Restore a revision',
  submit: 'Submit',
  approve: 'Approve',
  reject: 'Reject',
  rebut: 'Answer a rejection',
  reopen: 'Reopen',
  comment: 'Comment',
  'comment-resolved': 'Resolve a comment',
  'comment-reopened': 'Reopen a comment',
  export: 'Export',
  'finding-dismissed': 'Dismiss a finding',
  'finding-restored': 'Restore a finding',
  'error-marked': 'Mark an LQA error',
  'error-removed': 'Remove an LQA error',
};

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
const quoted = (v: unknown) => {
  const s = str(v);
  return s ? `‘${s.length > 120 ? `${s.slice(0, 119)}…` : s}’` : undefined;
};
const change = (d: Record<string, unknown>) => (str(d.from) && str(d.to) ? ` (${str(d.from)} → ${str(d.to)})` : '');
const join = (...parts: (string | undefined | false)[]) => parts.filter(Boolean).join(' ');

/** Anything not described below: its details as "key: value" pairs. */
function generic(entry: ActivityEntry): string {
  const pairs = Object.entries(entry.details)
    .filter(([, v]) => v !== null && v !== undefined && typeof v !== 'object')
    .map(([k, v]) => `${k}: ${String(v)}`);
  return join(ACTION_LABEL[entry.action] ?? entry.action, pairs.length > 0 && `(${pairs.join(', ')})`);
}

/**
 * One readable line; `positionOf` finds a segment's number (from 1) for entries that recorded only its id.
 */
export function describeActivity(entry: ActivityEntry, positionOf: (segmentId: number) => number | undefined): string {
  const d = entry.details;
  const position = num(d.position) ?? (entry.segmentId !== null ? positionOf(entry.segmentId) : undefined);
  const seg = position !== undefined ? `segment ${position}` : 'a segment';
  const Seg = position !== undefined ? `Segment ${position}` : 'A segment';
  switch (entry.action) {
    case 'import': {
      const segments = num(d.segments);
      const translation = str(d.translation);
      return join(
        `Imported${str(d.title) ? ` “${str(d.title)}”` : ''}`,
        segments !== undefined && `with ${segments} segment${segments === 1 ? '' : 's'}`,
        translation && (translation === 'none' ? 'and no translation' : `and a ${translation} translation`),
      );
    }
    case 'translation':
      if (d.ok === false) return `Machine translation failed: ${str(d.error) ?? 'no reason given'}`;
      return join(
        `Machine-translated ${num(d.translated) ?? 0} segment${num(d.translated) === 1 ? '' : 's'}`,
        (num(d.fromMemory) ?? 0) > 0 && `(${num(d.fromMemory)} from the translation memory)`,
      );
    case 'edit':
      return `${Seg}: edited${change(d)}${d.reopened ? ' — this reopened the approved segment' : ''}`;
    case 'revert':
      return `${Seg}: restored an earlier revision${change(d)}`;
    case 'submit':
      return `Submitted ${seg}${d.fixes === 'rejection' ? ' again after the rejection' : ''}${quoted(d.comment) ? `: ${quoted(d.comment)}` : ''}`;
    case 'approve':
      return `Approved ${seg}${quoted(d.comment) ? `: ${quoted(d.comment)}` : ''}`;
    case 'reject':
      return `Rejected ${seg}${quoted(d.comment) ? `: ${quoted(d.comment)}` : ''}`;
    case 'rebut':
      return `Answered the rejection of ${seg}${quoted(d.comment) ? `: ${quoted(d.comment)}` : ''}`;
    case 'reopen':
      return `Reopened ${seg}${quoted(d.comment) ? `: ${quoted(d.comment)}` : ''}`;
    case 'comment':
      return `${d.reply ? 'Replied on' : 'Commented on'} ${seg}${quoted(d.body) ? `: ${quoted(d.body)}` : ''}`;
    case 'comment-resolved':
      return `Resolved a comment thread on ${seg}`;
    case 'comment-reopened':
      return `Reopened a comment thread on ${seg}`;
    case 'export':
      return join(`Exported${str(d.format) ? ` as .${str(d.format)}` : ''}`, str(d.file) && `(${str(d.file)})`);
    case 'finding-dismissed':
      return `${Seg}: dismissed the finding ${quoted(d.message) ?? ''}${str(d.check) ? ` (${str(d.check)})` : ''} as a false positive`;
    case 'finding-restored':
      return `${Seg}: restored a dismissed finding${str(d.check) ? ` (${str(d.check)})` : ''}`;
    case 'error-marked':
    case 'error-removed':
      return join(
        `${Seg}: ${entry.action === 'error-marked' ? 'marked' : 'removed'} a`,
        str(d.severity),
        str(d.category) ?? 'LQA',
        `error on ${quoted(d.text) ?? 'the text'}`,
        str(d.side) && `(${str(d.side)})`,
        d.fromFinding === true && '— from a finding',
      );
    default:
      return generic(entry);
  }
}
