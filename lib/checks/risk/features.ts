/** What the risk model knows about a finding: its check, category, severity and side, and numbers about its segment. */
import type { BaseLang } from '../../lang';
import type { Finding, Span } from '../types';

/** A segment's texts and languages, as the features need them. */
export interface RiskSegment {
  source: string;
  target: string;
  sourceLang: BaseLang;
  targetLang: BaseLang;
}

/** Characters a segment is measured in: the mean of both sides (the target alone is '' before translation). */
export function segmentLength(segment: Pick<RiskSegment, 'source' | 'target'>): number {
  return Math.max(1, (segment.source.length + (segment.target.length || segment.source.length)) / 2);
}

const covered = (spans: readonly Span[]) => spans.reduce((n, s) => n + Math.max(0, s.end - s.start), 0);

/** Named feature values of a segment before any finding: the language pair, its length and its length ratio. */
export function segmentFeatures(segment: RiskSegment): Record<string, number> {
  const ratio = (segment.target.length + 1) / (segment.source.length + 1);
  return {
    [`pair=${segment.sourceLang}-${segment.targetLang}`]: 1,
    logLength: Math.log(segmentLength(segment) / 100),
    logLengthRatio: Math.log(ratio),
    absLogLengthRatio: Math.abs(Math.log(ratio)),
  };
}

/** The finding's rule: its rule id where the check names one, else its check and category. */
function ruleOf(finding: Finding): string {
  return 'rule' in finding && typeof finding.rule === 'string' ? `${finding.check}/${finding.rule}` : `${finding.check}/${finding.category}`;
}

/**
 * Named feature values of one finding among all findings of its segment (the finding itself included).
 * One-hot names for the kind of finding, numbers scaled to about [-2, 2] so one L2 penalty suits them all.
 */
export function findingFeatures(finding: Finding, all: readonly Finding[], segment: RiskSegment): Record<string, number> {
  const others = all.filter((f) => f !== finding);
  const sourceShare = covered(finding.sourceSpans) / Math.max(1, segment.source.length);
  const targetShare = covered(finding.targetSpans) / Math.max(1, segment.target.length);
  return {
    [`check=${finding.check}`]: 1,
    [`rule=${ruleOf(finding)}`]: 1,
    [`category=${finding.category}`]: 1,
    [`severity=${finding.severity}`]: 1,
    [`side=${finding.side}`]: 1,
    spanShare: Math.min(1, Math.max(sourceShare, targetShare)),
    otherChecks: Math.log1p(new Set(others.filter((f) => f.check !== finding.check).map((f) => f.check)).size),
    otherFindings: Math.log1p(others.length),
    sameCheckFindings: Math.log1p(others.filter((f) => f.check === finding.check).length),
    ...segmentFeatures(segment),
  };
}
