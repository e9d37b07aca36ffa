/** Reading and writing numbers the German way (1.000,5) and the English way (1,000.5). */
import type { BaseLang } from '../../lang';

/** One way to read a written number; "1.000" is 1000 in German but 1 in English. */
export interface NumberReading {
  value: number;
  /** Which language writes it so; 'neutral' when both would (2016, 42). */
  form: BaseLang | 'neutral';
  /** Digits after the decimal separator. */
  decimals: number;
  /** True when thousands are separated. */
  grouped: boolean;
}

const GROUP_SPACE = /[ \u00a0\u202f\u2009]/gu;
const THREE = /^\d{3}$/;

/**
 * All plausible readings of a written number (digits with . , or spaced thousands), most natural first;
 * [] when it is no number in either language (1.2.3, 12,34,5): treat such strings as codes.
 */
export function readNumber(raw: string): NumberReading[] {
  const spaced = GROUP_SPACE.test(raw);
  GROUP_SPACE.lastIndex = 0;
  const s = spaced ? raw.replace(GROUP_SPACE, '') : raw;
  const dot = s.indexOf('.');
  const comma = s.indexOf(',');
  if (dot < 0 && comma < 0) return [{ value: Number(s), form: 'neutral', decimals: 0, grouped: spaced }];
  if (dot >= 0 && comma >= 0) {
    const decSep = s.lastIndexOf('.') > s.lastIndexOf(',') ? '.' : ',';
    const groupSep = decSep === '.' ? ',' : '.';
    const [intPart = '', frac = ''] = splitLast(s, decSep);
    if (frac.includes(groupSep) || !validGroups(intPart, groupSep)) return [];
    return [reading(intPart, groupSep, frac, decSep === ',' ? 'de' : 'en', true)];
  }
  const sep = dot >= 0 ? '.' : ',';
  // '.' groups in German and marks decimals in English; ',' the other way round.
  const groupForm: BaseLang = sep === '.' ? 'de' : 'en';
  const decimalForm: BaseLang = sep === '.' ? 'en' : 'de';
  const parts = s.split(sep);
  if (parts.length > 2) return !spaced && validGroups(s, sep) ? [reading(s, sep, '', groupForm, true)] : [];
  const [intPart = '', frac = ''] = parts;
  const decimal = reading(intPart, '', frac, decimalForm, spaced);
  if (!spaced && THREE.test(frac) && intPart.length <= 3 && !intPart.startsWith('0')) {
    return [reading(s, sep, '', groupForm, true), decimal];
  }
  return [decimal];
}

function splitLast(s: string, sep: string): [string, string] {
  const i = s.lastIndexOf(sep);
  return [s.slice(0, i), s.slice(i + 1)];
}

function validGroups(intPart: string, sep: string): boolean {
  if (sep === '') return true;
  const groups = intPart.split(sep);
  const head = groups[0] ?? '';
  return head.length >= 1 && head.length <= 3 && groups.slice(1).every((g) => THREE.test(g));
}

function reading(intPart: string, groupSep: string, frac: string, form: BaseLang, grouped: boolean): NumberReading {
  const digits = groupSep ? intPart.split(groupSep).join('') : intPart;
  return { value: Number(frac ? `${digits}.${frac}` : digits), form, decimals: frac.length, grouped };
}

/** Rewrites a number written in one language's form into the other's by swapping . and , */
export function swapSeparators(raw: string): string {
  return raw.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.'));
}

/** A value written the target language's way: 1234.5 → "1.234,5" (de) or "1,234.5" (en). */
export function formatNumber(value: number, lang: BaseLang, opts: { decimals?: number; group?: boolean } = {}): string {
  const decimals = opts.decimals ?? 0;
  const [int = '0', frac] = Math.abs(value).toFixed(decimals).split('.');
  const group = opts.group ?? int.length > 4;
  const groupSep = lang === 'de' ? '.' : ',';
  const intText = group ? int.replace(/\B(?=(\d{3})+(?!\d))/g, groupSep) : int;
  const sign = value < 0 ? '-' : '';
  return frac ? `${sign}${intText}${lang === 'de' ? ',' : '.'}${frac}` : `${sign}${intText}`;
}

/** A stable key for comparing values: 1.2 × 10¹² and 1.2e12 are the same number. */
export function valueKey(value: number): string {
  // Whole numbers are exact already; only products like 1.2 × 10¹² need rounding.
  if (Number.isSafeInteger(value)) return String(value);
  return String(Number(value.toPrecision(12)));
}
