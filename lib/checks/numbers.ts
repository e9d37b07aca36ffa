/** Checks that every number, date, month, weekday and unit of the source reaches the target with the same value, written the target locale's way. */
import { analyse } from '../analysis';
import type { BaseLang } from '../lang';
import { LETTER, NUMBER, classAt, classBefore, isBlank } from '../segment/words';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Fix, SegmentCheck, Span } from './types';
import { formatNumber, isSentenceStart, readNumber, swapSeparators, valueKey } from './text';

const CHECK = 'numbers';

type Kind = 'number' | 'month' | 'weekday' | 'time' | 'code';

/** One way to read an item: the key it is compared by, and which language writes it so. */
interface Reading {
  key: string;
  form: BaseLang | 'neutral';
}

/** A countable item found in a text: a number (with scale and unit), a month, a weekday, a time or a code. */
interface Item {
  kind: Kind;
  readings: Reading[];
  span: Span;
  /** As written, for messages. */
  text: string;
  /** Where it sits, for messages: "day in 24.12.2021". */
  note?: string;
  /** Items that may stand for a number but need not (ein, one, erste): they can match, never get reported. */
  weak: boolean;
  /** Spelled out (fünf, July): a missing one is a smaller matter than a missing figure. */
  spelled: boolean;
  unit?: string;
  /** The digits alone, for form fixes; absent for spelled items. */
  digits?: { raw: string; span: Span; decimals: number; grouped: boolean };
  mantissa?: number;
  scale?: { factor: number; span: Span };
  /** Value the month or weekday names (1–12, 1–7). */
  ordinal?: number;
  /** A currency or percent sign next to the number, for position checks. */
  sign?: { text: string; span: Span; before: boolean };
  /** Where a wrong-locale date or ordinal is written, with its correct form. */
  localeFix?: { span: Span; replacement: string; what: string };
}

// ---------------------------------------------------------------------------------------------
// Word tables, built once.

/** A look-up table without Object.prototype, so that text like "5constructor" finds nothing. */
function dict<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const MONTHS: Record<BaseLang, string[][]> = {
  de: [
    ['januar', 'jänner'], ['februar', 'feber'], ['märz'], ['april'], ['mai'], ['juni'],
    ['juli'], ['august'], ['september'], ['oktober'], ['november'], ['dezember'],
  ],
  en: [
    ['january'], ['february'], ['march'], ['april'], ['may'], ['june'],
    ['july'], ['august'], ['september'], ['october'], ['november'], ['december'],
  ],
};
const MONTH_ABBR: Record<BaseLang, string[][]> = {
  de: [['jan'], ['feb'], ['mär', 'mrz'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['okt'], ['nov'], ['dez']],
  en: [['jan'], ['feb'], ['mar'], ['apr'], [], ['jun'], ['jul'], ['aug'], ['sep', 'sept'], ['oct'], ['nov'], ['dec']],
};
const WEEKDAYS: Record<BaseLang, string[][]> = {
  de: [['montag', 'montags'], ['dienstag', 'dienstags'], ['mittwoch', 'mittwochs'], ['donnerstag', 'donnerstags'],
    ['freitag', 'freitags'], ['samstag', 'samstags', 'sonnabend', 'sonnabends'], ['sonntag', 'sonntags']],
  en: [['monday', 'mondays'], ['tuesday', 'tuesdays'], ['wednesday', 'wednesdays'], ['thursday', 'thursdays'],
    ['friday', 'fridays'], ['saturday', 'saturdays'], ['sunday', 'sundays']],
};
/** German times of day written into a weekday: "Samstagmorgen", "montagabends". */
const DE_DAY_TIMES = ['morgen', 'vormittag', 'mittag', 'nachmittag', 'abend', 'nacht', 'früh'];
const DE_WEEKDAY_COMPOUNDS: string[][] = WEEKDAYS.de.map((names) =>
  names
    .filter((n) => !n.endsWith('s'))
    .flatMap((day) => DE_DAY_TIMES.flatMap((time) => (time === 'früh' ? [day + time] : [day + time, `${day + time}s`]))),
);
/** "in der Nacht zum Sonntag": the night before that day, in English "Saturday night". */
const DE_NIGHT_BEFORE = /nacht\s+(?:zum|zu|auf|auf\s+den)\s+$/iu;
const EN_NIGHT_AFTER = /^[\s-]night\b/iu;

/** English month names that are also everyday words: only months when capitalised mid-sentence or next to a number. */
const EN_AMBIGUOUS_MONTHS = new Set(['may', 'march', 'august']);

const NUMBER_WORDS: Record<BaseLang, Record<string, number>> = {
  de: dict({
    null: 0, eins: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
    elf: 11, zwölf: 12, zwanzig: 20, dreißig: 30, vierzig: 40, fünfzig: 50, sechzig: 60, siebzig: 70,
    achtzig: 80, neunzig: 90, hundert: 100, tausend: 1000,
  }),
  en: dict({
    zero: 0, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90,
  }),
};
/** Words that often mean "1" or "2" but are mostly articles or pronouns. */
const WEAK_NUMBER_WORDS: Record<BaseLang, Record<string, number>> = {
  de: dict({
    ein: 1, eine: 1, einen: 1, einem: 1, einer: 1, eines: 1, beide: 2, beiden: 2, erste: 1, ersten: 1, erster: 1,
    zweite: 2, zweiten: 2, zweiter: 2, dritte: 3, dritten: 3, dritter: 3, vierte: 4, vierten: 4, fünfte: 5, fünften: 5,
    halb: 0.5, hälfte: 0.5,
  }),
  en: dict({
    one: 1, a: 1, an: 1, both: 2, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, half: 0.5,
    hundred: 100, thousand: 1000,
  }),
};
/** Scale words after a number; German Billion is English trillion. */
const SCALES: Record<BaseLang, Record<string, number>> = {
  de: dict({
    tsd: 1e3, tausend: 1e3, mio: 1e6, million: 1e6, millionen: 1e6, mrd: 1e9, milliarde: 1e9, milliarden: 1e9,
    bio: 1e12, billion: 1e12, billionen: 1e12, billiarde: 1e15, billiarden: 1e15,
  }),
  en: dict({
    hundred: 100, thousand: 1e3, k: 1e3, million: 1e6, millions: 1e6, mn: 1e6, m: 1e6, billion: 1e9, billions: 1e9,
    bn: 1e9, b: 1e9, trillion: 1e12, trillions: 1e12, tn: 1e12, quadrillion: 1e15,
  }),
};
/** Scale abbreviations that only mean a scale next to a currency (€5m, $2bn), else metres or a code. */
const CURRENCY_ONLY_SCALES = new Set(['m', 'b', 'k']);
const SCALE_WORD: Record<BaseLang, Record<number, string>> = {
  de: { 1e3: 'Tausend', 1e6: 'Millionen', 1e9: 'Milliarden', 1e12: 'Billionen', 1e15: 'Billiarden' },
  en: { 1e3: 'thousand', 1e6: 'million', 1e9: 'billion', 1e12: 'trillion', 1e15: 'quadrillion' },
};

const SCALE_WORD_ONE: Record<number, string> = { 1e3: 'Tausend', 1e6: 'Million', 1e9: 'Milliarde', 1e12: 'Billion', 1e15: 'Billiarde' };

/** Units after a number, by their canonical sign; words for both languages, they rarely collide. */
const UNITS: Record<string, string> = dict({
  '%': '%', prozent: '%', percent: '%', pct: '%', prozentpunkte: 'pp', prozentpunkt: 'pp',
  '‰': '‰', promille: '‰',
  '€': '€', eur: '€', euro: '€', euros: '€', cent: 'ct', cents: 'ct', ct: 'ct',
  $: '$', usd: '$', dollar: '$', dollars: '$', '£': '£', gbp: '£', '¥': '¥',
  km: 'km', kilometer: 'km', kilometre: 'km', kilometres: 'km', kilometers: 'km', kilometern: 'km',
  m: 'm', meter: 'm', metre: 'm', metres: 'm', meters: 'm', metern: 'm', cm: 'cm', mm: 'mm',
  kg: 'kg', kilogramm: 'kg', kilogram: 'kg', kilograms: 'kg', kilo: 'kg', kilos: 'kg', g: 'g', gramm: 'g', grams: 'g',
  mg: 'mg', t: 't', tonnen: 't', tonne: 't', tonnes: 't', tons: 't',
  l: 'l', liter: 'l', litre: 'l', litres: 'l', liters: 'l', litern: 'l', ml: 'ml',
  '°c': '°C', '°f': '°F', grad: '°', degrees: '°',
  meilen: 'mi', miles: 'mi', mi: 'mi', mph: 'mph', 'km/h': 'km/h', kmh: 'km/h',
  gb: 'GB', mb: 'MB', tb: 'TB', mah: 'mAh', mp: 'MP', hz: 'Hz', ghz: 'GHz', mhz: 'MHz', w: 'W', kw: 'kW', kwh: 'kWh',
  zoll: 'in', inch: 'in', inches: 'in', 'us-dollar': '$', lb: 'lb', lbs: 'lb',
  h: 'h', std: 'h', stunde: 'h', stunden: 'h', hour: 'h', hours: 'h', min: 'min', minute: 'min', minuten: 'min',
  minutes: 'min', sekunden: 's', seconds: 's', tage: 'd', tagen: 'd', days: 'd', jahre: 'y', jahren: 'y', years: 'y',
});
const CURRENCY_SIGNS = new Set(['€', '$', '£', '¥']);
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
/** Letters glued to a figure that keep it a plain number: decades and multipliers. */
const PLAIN_SUFFIX: Record<BaseLang, Set<string>> = { de: new Set(['er', 'ern', 'x', 'fach']), en: new Set(['s', 'x', 'fold']) };

function lookupTable(lists: string[][]): Map<string, number> {
  const m = new Map<string, number>();
  lists.forEach((names, i) => names.forEach((n) => m.set(n, i + 1)));
  return m;
}
const MONTH_LOOKUP = { de: lookupTable(MONTHS.de), en: lookupTable(MONTHS.en) };
const MONTH_ABBR_LOOKUP = { de: lookupTable(MONTH_ABBR.de), en: lookupTable(MONTH_ABBR.en) };
const WEEKDAY_LOOKUP = {
  de: lookupTable(WEEKDAYS.de.map((names, i) => [...names, ...(DE_WEEKDAY_COMPOUNDS[i] ?? [])])),
  en: lookupTable(WEEKDAYS.en),
};

function monthName(n: number, lang: BaseLang): string {
  const name = MONTHS[lang][n - 1]?.[0] ?? '';
  return name.charAt(0).toUpperCase() + name.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Scanning.

/** Words the scanner stops at: names of months and weekdays, number, scale and unit words. */
const KNOWN_WORDS = [
  ...(['de', 'en'] as const).flatMap((l) => [
    ...MONTHS[l].flat(), ...MONTH_ABBR[l].flat(), ...WEEKDAYS[l].flat(), ...(l === 'de' ? DE_WEEKDAY_COMPOUNDS.flat() : []),
    ...Object.keys(NUMBER_WORDS[l]), ...Object.keys(WEAK_NUMBER_WORDS[l]), ...Object.keys(SCALES[l]),
  ]),
  ...Object.keys(UNITS).filter((u) => /^[\p{L}-]+$/u.test(u)),
]
  .sort((a, b) => b.length - a.length)
  .join('|');

/** Signs that are a token by themselves (the degree sign only before C or F). */
const SIGN_CHARS = '%‰€$£¥';

/**
 * What the scanner finds, in this priority: signs, dates, times, numbers, codes and the known words. A global
 * scan with it is the specification of tokenise, which runs it only where a match can start. Group numbers
 * follow TOKEN_TYPES. Exported for the tests.
 */
export const SCAN = new RegExp(
  [
    String.raw`([${SIGN_CHARS}]|°\s?[cf](?![\p{L}]))`,
    String.raw`(?<![\p{L}\p{N}.,])(?:` +
      [
        String.raw`(\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?![\d.,]\d))`,
        // German dates without a year are told from decimals by the word before them.
        String.raw`(?<=(?:am|vom|zum|bis|ab|seit|den|dem|stand:?)\s)(\d{1,2}\.\d{1,2}\.)(?!\d)`,
        String.raw`(\d{1,2}/\d{1,2}/(?:\d{4}|\d{2}))(?![\d/])`,
        String.raw`(\d{4}-\d{2}-\d{2})(?!\d)`,
        String.raw`(\d{1,2}[:.]\d{2})(?=\s?(?:uhr|[ap]\.?m\.?|h)(?![\p{L}]))`,
        String.raw`(\d{1,2}:\d{2})(?![\d:])`,
        String.raw`(\d{1,3}(?:[\u00a0\u202f\u2009 ]\d{3})+(?:[.,]\d+)?(?!\d)|\d+(?:[.,]\d+)*)(\p{L}+)?`,
        String.raw`(\p{L}+\d[\p{L}\p{N}]*)`,
        String.raw`((?:${KNOWN_WORDS}|\p{L}+-\p{L}+)(?![\p{L}\p{N}-]))`,
      ].join('|') +
      ')',
  ].join('|'),
  // Run on lower-cased text: a case-insensitive scan costs about half again as much.
  'gu',
);
const TOKEN_TYPES = ['sign', 'dmy', 'dm', 'slash', 'iso', 'time', 'clock', 'num', 'suf', 'code', 'word'] as const;

interface Tok {
  type: Exclude<(typeof TOKEN_TYPES)[number], 'suf'>;
  text: string;
  start: number;
  end: number;
  suf?: string;
}

/** SCAN anchored at one position (sticky): tried only where a match can start. */
const SCAN_AT = new RegExp(SCAN.source, 'guy');
/** The known words made of letters alone; a word followed by one of KNOWN_JOINERS may start a longer known word. */
const KNOWN_SET = new Set(KNOWN_WORDS.split('|').filter((w) => /^\p{L}+$/u.test(w)));
/** The first two UTF-16 units of every known word (the second 0 for a one-letter word): most words fail here without a slice. */
const KNOWN_STARTS = new Set([...KNOWN_SET].map((w) => startKey(w, 0, w.length)));
function startKey(text: string, start: number, end: number): number {
  return text.charCodeAt(start) * 0x10000 + (end - start > 1 ? text.charCodeAt(start + 1) : 0);
}
const KNOWN_JOINERS = new Set([...KNOWN_WORDS.replace(/\p{L}/gu, '')].map((c) => c.charCodeAt(0)).concat(0x2d));
/** Where SCAN's first alternative can start: a sign, or the degree sign. */
const SIGNS = new Set([...SIGN_CHARS, '°'].map((c) => c.charCodeAt(0)));
const LETTER_BITS = LETTER << 2;
const BEFORE_NUMBER = LETTER | NUMBER;

/**
 * `i` when SCAN can match there, -1 when it cannot, and -(end + 2) when no position before `end` can (a word
 * that is neither a code, a hyphen word nor a known word). SCAN can match at a sign; at an ASCII digit or a
 * letter not preceded by a letter, a number, `.` or `,` (the lookbehind of every other alternative); and of
 * letters only at a run followed by a digit or a joiner (codes, hyphen words), or at a known word itself.
 */
function scanCandidate(scanned: string, i: number): number {
  const c = scanned.charCodeAt(i);
  if (SIGNS.has(c)) return i;
  const isDigit = c >= 0x30 && c <= 0x39;
  const cp = isDigit ? 0 : classAt(scanned, i);
  if (!isDigit && (cp & LETTER_BITS) === 0) return -1;
  if ((classBefore(scanned, i) & BEFORE_NUMBER) !== 0) return -1;
  const before = scanned.charCodeAt(i - 1);
  if (before === 0x2e || before === 0x2c) return -1;
  if (isDigit) return i;
  let end = i + (cp & 3);
  for (let next = classAt(scanned, end); (next & LETTER_BITS) !== 0; next = classAt(scanned, end)) end += next & 3;
  const after = scanned.charCodeAt(end);
  if ((after >= 0x30 && after <= 0x39) || KNOWN_JOINERS.has(after)) return i;
  if (KNOWN_STARTS.has(startKey(scanned, i, end)) && KNOWN_SET.has(scanned.slice(i, end))) return i;
  return -(end + 2);
}

/**
 * The text's signs, dates, times, numbers, codes and known words: what a global exec of SCAN finds, found by
 * trying SCAN only at the positions where it can match (tested equal to the global scan; exported for that).
 */
export function tokenise(text: string): Tok[] {
  const out: Tok[] = [];
  const lower = text.toLowerCase();
  // A few letters (İ) grow when lower-cased; offsets must stay those of the text.
  const scanned = lower.length === text.length ? lower : text;
  for (let i = 0; i < scanned.length; ) {
    const at = scanCandidate(scanned, i);
    if (at < -1) {
      i = -at - 2; // past a word that cannot match
      continue;
    }
    let m: RegExpExecArray | null = null;
    if (at >= 0) {
      SCAN_AT.lastIndex = at;
      m = SCAN_AT.exec(scanned);
    }
    if (m === null) {
      i += classAt(scanned, i) & 3; // one code point; a lone surrogate is one
      continue;
    }
    i = SCAN_AT.lastIndex;
    const start = m.index;
    for (let g = 1; g < m.length; g++) {
      const v = m[g];
      if (v === undefined) continue;
      const type = TOKEN_TYPES[g - 1]!;
      if (type === 'suf') continue;
      const end = start + v.length;
      const tok: Tok = { type, text: text.slice(start, end), start, end };
      const suf = type === 'num' ? m[g + 1] : undefined;
      if (suf !== undefined) tok.suf = text.slice(end, end + suf.length);
      out.push(tok);
      break;
    }
  }
  return out;
}

function between(text: string, a: Tok | undefined, b: Tok | undefined, allowed: RegExp): boolean {
  return a !== undefined && b !== undefined && allowed.test(text.slice(a.end, b.start));
}
const GAP_SPACE = /^\s*$/u;
const GAP_DATE = /^[\s.,]*(?:of\s+)?$/u;

function numberItems(text: string, lang: BaseLang): Item[] {
  const toks = tokenise(text);
  const items: Item[] = [];
  const scales = SCALES[lang];
  const used = new Set<number>();
  const tokNum = (t: Tok | undefined): boolean =>
    t !== undefined && (t.type === 'num' || t.type === 'dmy' || t.type === 'dm');

  for (let i = 0; i < toks.length; i++) {
    if (used.has(i)) continue;
    const t = toks[i]!;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    switch (t.type) {
      case 'dmy':
      case 'dm':
      case 'slash':
      case 'iso':
        items.push(...dateItems(t, lang));
        break;
      case 'time':
      case 'clock':
        items.push(timeItem(t, text.slice(t.end, t.end + 6)));
        break;
      case 'code':
        items.push(codeItem(t));
        break;
      case 'num': {
        const item = quantityItem(text, toks, i, lang, used);
        if (item) items.push(item);
        break;
      }
      case 'word': {
        const lower = t.text.toLowerCase();
        // "zwei Millionen", "a million", "eine Milliarde": a spelled number with a scale.
        const spelled = NUMBER_WORDS[lang][lower] ?? WEAK_NUMBER_WORDS[lang][lower] ?? englishCompound(lower, lang);
        const scaleTok = next?.type === 'word' && between(text, t, next, GAP_SPACE) ? next : undefined;
        const scale = scaleTok ? scales[scaleTok.text.toLowerCase()] : undefined;
        if (spelled !== undefined && scaleTok && scale !== undefined && !CURRENCY_ONLY_SCALES.has(scaleTok.text.toLowerCase())) {
          used.add(i + 1);
          items.push(withUnit(text, toks, i + 1, {
            kind: 'number', readings: [{ key: `n:${valueKey(spelled * scale)}`, form: 'neutral' }],
            span: { start: t.start, end: scaleTok.end }, text: text.slice(t.start, scaleTok.end), weak: false,
            spelled: true, mantissa: spelled, scale: { factor: scale, span: { start: scaleTok.start, end: scaleTok.end } },
          }, used));
          break;
        }
        if (spelled !== undefined) {
          const weak = NUMBER_WORDS[lang][lower] === undefined && englishCompound(lower, lang) === undefined;
          if (weak && lower.length < 3) break; // "a", "an" count only before a scale word
          items.push(withUnit(text, toks, i, {
            kind: 'number', readings: [{ key: `n:${valueKey(spelled)}`, form: 'neutral' }], span: { start: t.start, end: t.end },
            text: t.text, weak, spelled: true, mantissa: spelled,
          }, used));
          break;
        }
        const nearNumber = (tokNum(prev) && between(text, prev, t, GAP_DATE)) || (tokNum(next) && between(text, t, next, GAP_DATE));
        let month = MONTH_LOOKUP[lang].get(lower);
        if (month !== undefined && lang === 'en' && EN_AMBIGUOUS_MONTHS.has(lower)) {
          const capitalised = t.text.charAt(0) !== lower.charAt(0);
          if (!nearNumber && !(capitalised && !isSentenceStart(text, t.start))) month = undefined;
        }
        if (month === undefined && nearNumber) month = MONTH_ABBR_LOOKUP[lang].get(lower);
        if (month !== undefined) {
          items.push({ kind: 'month', readings: [{ key: `m:${month}`, form: 'neutral' }], span: { start: t.start, end: t.end },
            text: t.text, weak: false, spelled: true, ordinal: month });
          break;
        }
        // English weekdays are capitalised; German "montags" is an adverb written small.
        const weekday = lang === 'de' || t.text.charAt(0) !== lower.charAt(0) ? WEEKDAY_LOOKUP[lang].get(lower) : undefined;
        if (weekday !== undefined) items.push(weekdayItem(text, t, weekday, lang));
        break;
      }
      default:
        break;
    }
  }
  return items;
}

/**
 * A weekday with the nights it may stand for (key w:<day>n): English "Saturday night" is the
 * German "Samstagabend", "Samstagnacht" or "Nacht zum Sonntag"; a plain German weekday may be either.
 */
function weekdayItem(text: string, t: Tok, weekday: number, lang: BaseLang): Item {
  const day = (d: number): Reading => ({ key: `w:${d}`, form: 'neutral' });
  const night = (d: number): Reading => ({ key: `w:${d}n`, form: 'neutral' });
  let readings: Reading[];
  let ordinal = weekday;
  let note: string | undefined;
  if (lang === 'en') {
    readings = EN_NIGHT_AFTER.test(text.slice(t.end, t.end + 7)) ? [night(weekday)] : [day(weekday)];
  } else if (DE_NIGHT_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))) {
    ordinal = weekday === 1 ? 7 : weekday - 1;
    readings = [night(ordinal), day(weekday)];
    const before = WEEKDAYS.en[ordinal - 1]?.[0] ?? '';
    note = `the night before it, "${before.charAt(0).toUpperCase()}${before.slice(1)} night"`;
  } else {
    const lower = t.text.toLowerCase();
    // An English "<weekday> night" is that day's evening or night; "Samstagmorgen" is not.
    const evening = (WEEKDAYS.de[weekday - 1]?.includes(lower) ?? false) || /(?:abend|nacht)s?$/u.test(lower);
    readings = evening ? [day(weekday), night(weekday)] : [day(weekday)];
  }
  return { kind: 'weekday', readings, span: { start: t.start, end: t.end }, text: t.text, weak: false, spelled: true, ordinal, ...(note ? { note } : {}) };
}

/** twenty-one → 21; only English writes compounds with a hyphen. */
function englishCompound(lower: string, lang: BaseLang): number | undefined {
  if (lang !== 'en' || !lower.includes('-')) return undefined;
  const [tens, ones] = lower.split('-');
  const t = NUMBER_WORDS.en[tens ?? ''];
  const o = NUMBER_WORDS.en[ones ?? ''] ?? (ones === 'one' ? 1 : undefined);
  return t !== undefined && o !== undefined && t >= 20 && o < 10 ? t + o : undefined;
}

function codeItem(t: Tok): Item {
  return { kind: 'code', readings: [{ key: `c:${t.text.toLowerCase()}`, form: 'neutral' }], span: { start: t.start, end: t.end },
    text: t.text, weak: false, spelled: false };
}

/** A figure with what belongs to it: sign, suffix, scale word, unit. */
function quantityItem(text: string, toks: Tok[], i: number, lang: BaseLang, used: Set<number>): Item | undefined {
  const t = toks[i]!;
  const readings = readNumber(t.text);
  const suf = t.suf?.toLowerCase();
  const end = t.end + (t.suf?.length ?? 0);
  if (readings.length === 0) {
    return { kind: 'code', readings: [{ key: `c:${text.slice(t.start, end).toLowerCase()}`, form: 'neutral' }],
      span: { start: t.start, end }, text: text.slice(t.start, end), weak: false, spelled: false };
  }
  const prev = toks[i - 1];
  const currencyBefore = prev?.type === 'sign' && CURRENCY_SIGNS.has(prev.text) && between(text, prev, t, GAP_SPACE) ? prev : undefined;
  // A minus counts only where it cannot be a range dash (10–20) or a hyphen (COVID-19).
  const at = (currencyBefore ?? t).start;
  const negative = /[-−–]/u.test(text.charAt(at - 1)) && (at < 2 || /[\s(]/u.test(text.charAt(at - 2)));
  const sign = negative ? -1 : 1;
  const clock = clockAfter(text, t, readings, lang);
  if (clock) return clock;
  let scale: Item['scale'];
  let unit: string | undefined;
  let ordinal = false;
  let code = false;
  if (suf !== undefined) {
    if (ORDINAL_SUFFIX.test(suf)) ordinal = true;
    else if (PLAIN_SUFFIX[lang].has(suf)) {
      // 1990er = 1990s, 5x = 5 times: the figure is what counts.
    }
    else if (SCALES[lang][suf] !== undefined && (!CURRENCY_ONLY_SCALES.has(suf) || currencyBefore)) {
      scale = { factor: SCALES[lang][suf]!, span: { start: t.end, end } };
    } else if (UNITS[suf] !== undefined) unit = UNITS[suf];
    else code = true;
  }
  if (code) {
    return { kind: 'code', readings: [{ key: `c:${text.slice(t.start, end).toLowerCase()}`, form: 'neutral' }],
      span: { start: t.start, end }, text: text.slice(t.start, end), weak: false, spelled: false };
  }
  let last = i;
  const next = toks[i + 1];
  if (!scale && suf === undefined && next?.type === 'word' && between(text, t, next, GAP_SPACE)) {
    const w = next.text.toLowerCase();
    const factor = SCALES[lang][w];
    if (factor !== undefined && (!CURRENCY_ONLY_SCALES.has(w) || currencyBefore)) {
      // "Mio." and "Mrd." carry their abbreviation point.
      const dotEnd = text.charAt(next.end) === '.' && w.length <= 3 ? next.end + 1 : next.end;
      scale = { factor, span: { start: next.start, end: dotEnd } };
      used.add(i + 1);
      last = i + 1;
    }
  }
  const item: Item = {
    kind: 'number',
    readings: readings.map((r) => ({ key: `n:${valueKey(sign * r.value * (scale?.factor ?? 1))}`, form: r.form })),
    span: { start: currencyBefore ? currencyBefore.start : t.start, end: scale ? scale.span.end : end },
    text: '',
    weak: false,
    spelled: false,
    unit,
    digits: { raw: t.text, span: { start: t.start, end: t.end }, decimals: readings[0]!.decimals, grouped: readings[0]!.grouped },
    mantissa: sign * readings[0]!.value,
    scale,
  };
  if (currencyBefore) {
    item.unit = currencyBefore.text;
    item.sign = { text: currencyBefore.text, span: { start: currencyBefore.start, end: currencyBefore.end }, before: true };
  }
  if (ordinal && lang === 'de') {
    // At a sentence end the full stop doubles as the ordinal point.
    const replacement = text.charAt(end) === '.' ? t.text : `${t.text}.`;
    item.localeFix = { span: { start: t.start, end }, replacement, what: 'German writes ordinals with a point' };
  }
  // "1. July" in English: the German ordinal point before a month.
  if (lang === 'en' && suf === undefined && text.charAt(t.end) === '.' && next?.type === 'word' &&
      MONTH_LOOKUP.en.has(next.text.toLowerCase()) && /^\.\s+$/u.test(text.slice(t.end, next.start))) {
    item.localeFix = { span: { start: t.start, end: next.start }, replacement: `${t.text} `, what: 'English writes a date without the ordinal point' };
  }
  const withU = item.unit === undefined ? withUnit(text, toks, last, item, used) : item;
  withU.text = text.slice(withU.span.start, withU.span.end);
  return withU;
}

/** Attaches a following unit or sign ("5 km", "8,5 %", "5 Mio. €") to the item. */
function withUnit(text: string, toks: Tok[], last: number, item: Item, used: Set<number>): Item {
  const lastTok = toks[last]!;
  const next = toks[last + 1];
  const from = item.scale ? item.scale.span.end : lastTok.end;
  if (!next || !/^\s*$/u.test(text.slice(from, next.start))) return item;
  let unit: string | undefined;
  if (next.type === 'sign') {
    unit = next.text.replace(/\s/gu, '');
    unit = UNITS[unit.toLowerCase()] ?? unit;
    item.sign = { text: next.text, span: { start: next.start, end: next.end }, before: false };
  } else if (next.type === 'word') {
    unit = UNITS[next.text.toLowerCase()];
    if (unit === 'm' && item.spelled) unit = undefined; // "one m…" is no unit
  }
  if (unit === undefined) return item;
  used.add(last + 1);
  item.unit = unit;
  item.span = { start: item.span.start, end: next.end };
  item.text = text.slice(item.span.start, item.span.end);
  return item;
}

function dayMonthYear(day: number, month: number, year: number | undefined, t: Tok, dayText: string, monthText: string): Item[] {
  const items: Item[] = [];
  const span = { start: t.start, end: t.end };
  items.push({ kind: 'number', readings: [{ key: `n:${day}`, form: 'neutral' }], span, text: dayText, note: `the day in ${t.text}`, weak: false, spelled: false });
  items.push({ kind: 'month', readings: [{ key: `m:${month}`, form: 'neutral' }], span, text: monthText, note: `the month in ${t.text}`, weak: false, spelled: false, ordinal: month });
  if (year !== undefined) {
    items.push({ kind: 'number', readings: [{ key: `n:${year}`, form: 'neutral' }], span, text: `${year}`, weak: false, spelled: false });
  }
  return items;
}

const validDate = (d: number, m: number): boolean => d >= 1 && d <= 31 && m >= 1 && m <= 12;

/** A numeric date split into day, month and year, so that "24.12.2021" matches "24 December 2021". */
function dateItems(t: Tok, lang: BaseLang): Item[] {
  const parts = t.text.split(/[./-]/u).filter((p) => p !== '');
  const nums = parts.map(Number);
  if (t.type === 'iso') {
    const [y = 0, m = 0, d = 0] = nums;
    return dayMonthYear(d, m, y, t, parts[2] ?? '', parts[1] ?? '');
  }
  const [a = 0, b = 0, c] = nums;
  const year = c === undefined ? undefined : parts[2]!.length === 2 ? 2000 + c : c;
  if (t.type === 'dmy' || t.type === 'dm') {
    if (!validDate(a, b)) return [codeItem(t)];
    const items = dayMonthYear(a, b, year, t, parts[0] ?? '', parts[1] ?? '');
    if (lang === 'en' && year !== undefined) {
      items[0]!.localeFix = { span: { start: t.start, end: t.end }, replacement: `${a} ${monthName(b, 'en')} ${year}`,
        what: 'English does not write dates with points' };
    }
    return items;
  }
  // A slash date is month/day in the US and day/month in Britain: keep both readings when both are valid.
  const us = validDate(b, a);
  const gb = validDate(a, b);
  // Shaped like a date but none (13/13/13): compare it as written.
  if (!us && !gb) return [codeItem(t)];
  const span = { start: t.start, end: t.end };
  const first: Reading[] = [];
  const second: Reading[] = [];
  if (us) { first.push({ key: `m:${a}`, form: 'neutral' }); second.push({ key: `n:${b}`, form: 'neutral' }); }
  if (gb) { first.push({ key: `n:${a}`, form: 'neutral' }); second.push({ key: `m:${b}`, form: 'neutral' }); }
  const items: Item[] = [
    { kind: 'number', readings: first, span, text: parts[0] ?? '', note: `in ${t.text}`, weak: false, spelled: false },
    { kind: 'number', readings: second, span, text: parts[1] ?? '', note: `in ${t.text}`, weak: false, spelled: false },
  ];
  if (year !== undefined) items.push({ kind: 'number', readings: [{ key: `n:${year}`, form: 'neutral' }], span, text: `${year}`, weak: false, spelled: false });
  if (lang === 'de' && year !== undefined && us !== gb) {
    const [d, m] = us ? [b, a] : [a, b];
    items[0]!.localeFix = { span, replacement: `${d}.${m}.${year}`, what: 'German writes dates as day.month.year' };
  }
  return items;
}

/** "14 Uhr", "2 pm", "3 o'clock": a whole hour is a time, not a bare number. */
function clockAfter(text: string, t: Tok, readings: { value: number; decimals: number }[], lang: BaseLang): Item | undefined {
  const r = readings[0];
  if (!r || r.decimals > 0 || r.value > 24 || t.suf) return undefined;
  const after = text.slice(t.end, t.end + 9);
  if (!(lang === 'de' ? /^\s?Uhr(?![\p{L}])/u : /^\s?(?:[ap]\.?m\b|[AP]M\b|o['’]clock)/u).test(after)) return undefined;
  const item = timeItem({ ...t, text: `${r.value}:00` }, after);
  item.text = t.text;
  return item;
}

/** A clock time as minutes of the day; "2:30" without am/pm may be either half of the day. */
function timeItem(t: Tok, following: string): Item {
  const [h = 0, m = 0] = t.text.split(/[:.]/u).map(Number);
  const after = following.trimStart().toLowerCase();
  const pm = /^p\.?m/u.test(after);
  const am = /^a\.?m/u.test(after);
  const keys = new Set<number>();
  if (pm) keys.add(((h % 12) + 12) * 60 + m);
  else if (am) keys.add((h % 12) * 60 + m);
  else {
    keys.add(h * 60 + m);
    if (h <= 12) keys.add(((h % 12) + 12) * 60 + m);
  }
  return { kind: 'time', readings: [...keys].map((k) => ({ key: `t:${k}`, form: 'neutral' as const })),
    span: { start: t.start, end: t.end }, text: t.text, weak: false, spelled: false };
}

// ---------------------------------------------------------------------------------------------
// Matching.

interface Match {
  source: Item;
  target: Item;
  /** The reading of the target item that matched. */
  reading: Reading;
}

function shared(s: Item, t: Item, targetLang: BaseLang, goodFormOnly: boolean): Reading | undefined {
  for (const tr of t.readings) {
    if (goodFormOnly && tr.form !== 'neutral' && tr.form !== targetLang) continue;
    if (s.readings.some((sr) => sr.key === tr.key)) return tr;
  }
  return undefined;
}

function match(sources: Item[], targets: Item[], targetLang: BaseLang): { matches: Match[]; restS: Item[]; restT: Item[] } {
  const matches: Match[] = [];
  const freeS = new Set(sources);
  const freeT = new Set(targets);
  // Strong with strong in the target's own form first, then any form, then spelled-out maybes.
  const passes: Array<[boolean, (s: Item, t: Item) => boolean]> = [
    [true, (s, t) => !s.weak && !t.weak],
    [false, (s, t) => !s.weak && !t.weak],
    [false, (s, t) => !(s.weak && t.weak)],
  ];
  for (const [goodForm, allowed] of passes) {
    for (const s of sources) {
      if (!freeS.has(s)) continue;
      for (const t of targets) {
        if (!freeT.has(t) || !allowed(s, t)) continue;
        const r = shared(s, t, targetLang, goodForm);
        if (!r) continue;
        matches.push({ source: s, target: t, reading: r });
        freeS.delete(s);
        freeT.delete(t);
        break;
      }
    }
  }
  return { matches, restS: [...freeS].filter((i) => !i.weak), restT: [...freeT].filter((i) => !i.weak) };
}

// ---------------------------------------------------------------------------------------------
// Findings.

function finding(rule: string, sourceSpans: Span[], targetSpans: Span[], message: string, fix?: Fix): Finding {
  return ruleFinding(`${CHECK}.${rule}`, { sourceSpans, targetSpans, message, ...(fix ? { fix } : {}) });
}

function targetFix(span: Span, replacement: string): Fix {
  return { side: 'target', span, replacement, label: `Replace with "${replacement}"` };
}

const LANG_NAME: Record<BaseLang, string> = { de: 'German', en: 'English' };

/** The item's expression as the target language writes it, when its form or sign position is off. */
function localeFinding(t: Item, reading: Reading | undefined, text: string, lang: BaseLang, sourceSpans: Span[]): Finding | undefined {
  if (t.localeFix) {
    const lf = t.localeFix;
    return finding('locale-form', sourceSpans, [lf.span],
      `Write "${text.slice(lf.span.start, lf.span.end)}" the ${LANG_NAME[lang]} way: ${lf.what}.`, targetFix(lf.span, lf.replacement));
  }
  if (!t.digits) return undefined;
  const form = (reading ?? t.readings.find((r) => r.form === 'neutral' || r.form === lang) ?? t.readings[0])?.form;
  const wrongForm = form !== undefined && form !== 'neutral' && form !== lang;
  const numText = wrongForm ? swapSeparators(t.digits.raw) : t.digits.raw;
  const sign = t.sign;
  let expr: { span: Span; replacement: string } | undefined;
  if (sign) {
    const s = sign.text;
    // Keep the scale as written: "€5m" glued, "5 Mio. €" spaced.
    const body = t.scale ? numText + text.slice(t.digits.span.end, t.scale.span.end) : numText;
    const isCurrency = CURRENCY_SIGNS.has(s);
    const want = isCurrency ? (lang === 'en' ? `${s}${body}` : `${body} ${s}`) : s === '%' || s === '‰' ? (lang === 'en' ? `${body}${s}` : `${body} ${s}`) : undefined;
    const start = Math.min(sign.span.start, t.digits.span.start);
    const end = Math.max(sign.span.end, t.scale?.span.end ?? t.digits.span.end);
    const current = text.slice(start, end);
    if (want !== undefined && current.replace(/\s/gu, ' ') !== want) expr = { span: { start, end }, replacement: want };
  }
  if (!expr && wrongForm) expr = { span: t.digits.span, replacement: numText };
  if (!expr) return undefined;
  const current = text.slice(expr.span.start, expr.span.end);
  // "1.000" read as a thousand in English is read as one: a misreading, not just style.
  const misleading = wrongForm && t.readings.length > 1;
  return finding(misleading ? 'locale-misread' : 'locale-form', sourceSpans, [expr.span],
    `"${current}" is not written the ${LANG_NAME[lang]} way; write "${expr.replacement}".`, targetFix(expr.span, expr.replacement));
}

function describe(item: Item): string {
  return item.note ? `"${item.text}" (${item.note})` : `"${item.text}"`;
}

/** When the figures agree but the scale words do not (1,2 Billionen → 1.2 billion), name the right scale word. */
function scaleMismatch(s: Item, t: Item, lang: BaseLang, sourceLang: BaseLang): { message: string; fix?: Fix } | undefined {
  if (s.mantissa === undefined || t.mantissa === undefined || s.mantissa !== t.mantissa) return undefined;
  const sf = s.scale?.factor ?? 1;
  const tf = t.scale?.factor ?? 1;
  if (sf === tf || !t.scale) return undefined;
  const word = lang === 'de' && Math.abs(t.mantissa) === 1 ? SCALE_WORD_ONE[sf] : SCALE_WORD[lang][sf];
  const falseFriend = sourceLang === 'de' && sf === 1e12 && tf === 1e9 ? ' German "Billion" is an English "trillion".'
    : sourceLang === 'en' && sf === 1e9 && tf === 1e12 ? ' English "billion" is a German "Milliarde".' : '';
  const message = `The amount is off by a factor of ${tf > sf ? tf / sf : sf / tf}: ${describe(s)} is not ${describe(t)}.${falseFriend}`;
  return word ? { message, fix: targetFix(t.scale.span, word) } : { message };
}

/** The source value written for the target, when it can be rewritten without guessing. */
function valueFix(s: Item, t: Item, lang: BaseLang): Fix | undefined {
  if (t.kind === 'month' && s.ordinal !== undefined && t.spelled) return targetFix(t.span, monthName(s.ordinal, lang));
  if (t.kind === 'weekday' && s.ordinal !== undefined) {
    const name = WEEKDAYS[lang][s.ordinal - 1]?.[0] ?? '';
    return targetFix(t.span, name.charAt(0).toUpperCase() + name.slice(1));
  }
  if (t.kind !== 'number' || !t.digits || s.mantissa === undefined || s.spelled || (s.scale?.factor ?? 1) !== (t.scale?.factor ?? 1)) return undefined;
  const d = s.digits;
  return targetFix(t.digits.span, formatNumber(s.mantissa, lang, { decimals: d?.decimals ?? 0, group: d?.grouped ?? false }));
}

/**
 * A figure that is a version or an identifier, not an amount: after a name or noun ("Linux 2.6.39", „HTML
 * 4.01-Spezifikation“, "lzip 1.3"), joined to a name by a hyphen ("findutils-4.2.21"), or quoted (»0%«, „1.0“).
 * Its points are the same in both languages, so no locale form is asked of it.
 */
function versionLike(item: Item, text: string, lang: BaseLang): boolean {
  const { start, end } = item.span;
  if (/["'„“”»«‚‘’]$/u.test(text.slice(0, start)) && /^["'„“”»«‘’]/u.test(text.slice(end))) return true;
  if (!item.digits?.raw.includes('.') && !item.localeFix) return false;
  if (/\p{L}-$/u.test(text.slice(Math.max(0, start - 2), start))) return true;
  const before = analyse(text, lang).tokens.find((t) => t.end === start - 1 && text.charAt(start - 1) === ' ');
  return before !== undefined && (before.pos === 'noun' || before.pos === 'propn' || before.pos === 'x');
}

/** Number words of each language by value, for a spelled number said inside a word of the other side („Nullbyte“, "nonzero"). */
const WORDS_BY_VALUE: Record<BaseLang, Map<number, string[]>> = {
  de: byValue(NUMBER_WORDS.de),
  en: byValue(NUMBER_WORDS.en),
};
function byValue(words: Record<string, number>): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const [word, value] of Object.entries(words)) out.set(value, [...(out.get(value) ?? []), word]);
  return out;
}

/**
 * A spelled number the other side has too, in a word of its own: the same word („»null«“ → "null"), or a number
 * word of its language with the same value inside a word („ungleich Null“ → "nonzero", „das Dreifache“ → "three
 * times", "zero byte" → „Nullbyte“).
 */
function echoed(item: Item, other: string, otherLang: BaseLang): boolean {
  if (!item.spelled || item.kind !== 'number' || item.mantissa === undefined || item.scale) return false;
  const lower = other.toLowerCase();
  const words = [item.text.toLowerCase(), ...(WORDS_BY_VALUE[otherLang].get(item.mantissa) ?? [])];
  return words.some((w) => w.length >= 3 && lower.includes(w));
}

/** A spelled number word that is part of a path or name ("/dev/null", "foo.two"): not a number. */
const inPath = (item: Item, text: string): boolean => item.spelled && (/[/._@]/u.test(text.charAt(item.span.start - 1)) || text.charAt(item.span.end) === '/');

const digitsOf = (text: string): string => text.replace(/\D/gu, '');

const KIND_WORD: Record<Kind, string> = { number: 'number', month: 'month', weekday: 'weekday', time: 'time', code: 'code' };

export const numbersCheck: SegmentCheck = (segment, ctx) => {
  if (isBlank(segment.target)) return [];
  const src = numberItems(segment.source, ctx.sourceLang).filter((i) => !inPath(i, segment.source));
  // The source is read its own language's way ("1.000" is a thousand in German); the target may be either.
  for (const item of src) {
    const own = item.readings.filter((r) => r.form !== ctx.targetLang);
    if (own.length > 0) item.readings = own;
  }
  const tgt = numberItems(segment.target, ctx.targetLang).filter((i) => !inPath(i, segment.target));
  if (src.length === 0 && tgt.length === 0) return [];
  const lang = ctx.targetLang;
  const { matches, restS, restT } = match(src, tgt, lang);
  const out: Finding[] = [];

  for (const m of matches) {
    const lf = versionLike(m.target, segment.target, lang) ? undefined : localeFinding(m.target, m.reading, segment.target, lang, [m.source.span]);
    if (lf) out.push(lf);
    if (m.source.unit && m.target.unit && m.source.unit !== m.target.unit) {
      out.push(finding('unit-changed', [m.source.span], [m.target.span],
        `The unit changed: the source has ${describe(m.source)}, the translation ${describe(m.target)}.`));
    }
  }
  // Pair what is left by kind and order: a changed value rather than one missing and one extra.
  const leftT = [...restT];
  for (const s of restS) {
    const idx = leftT.findIndex((t) => t.kind === s.kind || (s.kind === 'number' && t.kind === 'code') || (s.kind === 'code' && t.kind === 'number'));
    if (idx >= 0) {
      const t = leftT.splice(idx, 1)[0]!;
      // "Unix98" → "UNIX 98", „GANZZAHL1“ → "INTEGER1", "4 kB" → "4KB": a code whose letters were translated or spaced.
      if ((s.kind === 'code' || t.kind === 'code') && digitsOf(s.text) === digitsOf(t.text)) continue;
      const scale = scaleMismatch(s, t, lang, ctx.sourceLang);
      const onlyPair = restS.filter((x) => x.kind === s.kind).length === 1 && restT.filter((x) => x.kind === t.kind).length === 1;
      const fix = scale?.fix ?? (onlyPair ? valueFix(s, t, lang) : undefined);
      out.push(finding(scale ? 'scale-changed' : 'value-changed', [s.span], [t.span],
        scale?.message ?? `The ${KIND_WORD[s.kind]} differs: the source has ${describe(s)}, the translation ${describe(t)}.`, fix));
      continue;
    }
    if (echoed(s, segment.target, lang)) continue;
    out.push(finding(s.spelled ? 'missing-spelled' : 'missing', [s.span], [],
      `The ${KIND_WORD[s.kind]} ${describe(s)} is missing from the translation.`));
  }
  for (const t of leftT) {
    if (echoed(t, segment.source, ctx.sourceLang)) continue;
    out.push(finding(t.spelled ? 'added-spelled' : 'added', [], [t.span],
      `The translation has the ${KIND_WORD[t.kind]} ${describe(t)}, which is not in the source.`));
  }
  for (const t of restT) {
    const lf = versionLike(t, segment.target, lang) ? undefined : localeFinding(t, undefined, segment.target, lang, []);
    if (lf) out.push(lf);
  }
  if (lang === 'en') out.push(...twentyFourHourClock(segment.target));
  return out;
};

/** "18 o'clock": English says "o'clock" only of the hours 1 to 12; a 24-hour time is "6 pm" or "18:00". */
function twentyFourHourClock(text: string): Finding[] {
  if (!/o['’]clock/iu.test(text)) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(/(?<![\d:.])(1[3-9]|2[0-4])\s?o['’]clock\b/giu)) {
    const hour = Number(m[1]);
    const replacement = hour === 24 ? 'midnight' : `${hour - 12} pm`;
    const span = { start: m.index, end: m.index + m[0].length };
    out.push(finding('oclock', [], [span],
      `“${m[0]}” is not English usage: “o'clock” goes with the hours 1 to 12. Write “${replacement}” or “${hour === 24 ? '0:00' : `${hour}:00`}”.`,
      targetFix(span, replacement)));
  }
  return out;
}
