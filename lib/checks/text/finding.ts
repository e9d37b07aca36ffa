/** Building a Finding whose side follows from the spans it has. */
import type { Finding, Fix, Severity, Span } from '../types';

export function spanFinding(
  check: string,
  category: Finding['category'],
  severity: Severity,
  sourceSpans: Span[],
  targetSpans: Span[],
  message: string,
  fix?: Fix,
): Finding {
  const side = sourceSpans.length && targetSpans.length ? 'both' : sourceSpans.length ? 'source' : 'target';
  const f: Finding = { check, category, severity, side, sourceSpans, targetSpans, message };
  if (fix) f.fix = fix;
  return f;
}
