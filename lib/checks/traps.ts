/** Catches the classic German–English traps: lost or added negation, "muss nicht" as "must not", false friends, dropped verb particles and mixed Sie/du. */
import type { BaseLang } from '../lang';
import { alignWords, lookup } from '../lexicon';
import { isBlank } from '../segment/words';
import { oppositeMeaningFindings } from './consistency';
import { ruleFinding } from './rules/catalogue';
import type { Finding, Fix, Severity, SegmentCheck, Span } from './types';
import { WORD_END, WORD_START, capitaliseLike, escapeRegExp, isSentenceStart, wordTokens, type WordToken } from './text';

/** A finding of one of the family's rules; `severity` only where the check grades the rule's findings itself. */
function finding(id: string, sourceSpans: Span[], targetSpans: Span[], message: string, more: { fix?: Fix; severity?: Severity } = {}): Finding {
  return ruleFinding(id, { sourceSpans, targetSpans, message, ...more });
}

const span = (t: { start: number; end: number }): Span => ({ start: t.start, end: t.end });
const quoteList = (ts: WordToken[]): string => [...new Set(ts.map((t) => `"${t.text}"`))].join(', ');

/** True when a clause boundary (, ; : . ! ? or a dash) lies between the two tokens. */
function sameClause(text: string, a: WordToken, b: WordToken): boolean {
  return !/[,;:.!?–—()]/u.test(text.slice(Math.min(a.end, b.end), Math.max(a.start, b.start)));
}

// ---------------------------------------------------------------------------------------------
// Negation.

const NEGATORS: Record<BaseLang, Set<string>> = {
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keinem', 'keiner', 'keines', 'nie', 'niemals', 'nichts', 'niemand',
    'niemandem', 'niemanden', 'weder', 'ohne', 'nirgends', 'nirgendwo', 'keineswegs', 'keinesfalls', 'nimmer']),
  en: new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'neither', 'nor', 'without', 'nowhere', 'cannot', 'no-one']),
};
/**
 * Words that carry a negation in their meaning ("absent", "lack", „kaum“, „scheiterte“): a translation may render
 * them by a plain negator and the other way round ("unaware" ↔ „nicht bewusst“), so they count as negators.
 */
const LEXICAL_NEGATORS: Record<BaseLang, Set<string>> = {
  de: new Set(['kaum', 'wenig', 'wenige', 'wenigen', 'fehlen', 'fehlt', 'fehlte', 'fehlten', 'gefehlt', 'mangels',
    'fehlend', 'fehlende', 'fehlenden', 'fehlender', 'fehlendes', 'fehlschlagen', 'fehlgeschlagen', 'fehlerhaft',
    'scheitern', 'scheitert', 'scheiterte', 'scheiterten', 'gescheitert', 'versäumt', 'versäumte', 'versäumten', 'versäumen',
    'verfehlt', 'verfehlte', 'abwesend', 'ahnungslos']),
  en: new Set(['hardly', 'barely', 'scarcely', 'few', 'little', 'lack', 'lacks', 'lacked', 'lacking',
    'missing', 'absent', 'unaware', 'fail', 'fails', 'failed', 'failing']),
};
// "a few", "a little", "the little house": a quantity or a size, not a denial.
const EN_POSITIVE_BEFORE_FEW = new Set(['a', 'the', 'this', 'that', 'my', 'your', 'his', 'her', 'its', 'our', 'their', 'quite']);
/** "nicht nur … sondern auch" and "not only … but also" add, they do not deny: neither side counts them. */
const NOT_ONLY: Record<BaseLang, Set<string>> = {
  de: new Set(['nur', 'bloß']),
  en: new Set(['only', 'just', 'merely', 'simply']),
};
const NEGATOR_FIRST: Record<BaseLang, string> = { de: 'nicht', en: 'not' };

/** The words that deny something, counted once per construction (weder…noch, neither…nor). */
function negators(text: string, tokens: WordToken[], lang: BaseLang): WordToken[] {
  const out: WordToken[] = [];
  let neither = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const w = t.lower;
    const next = tokens[i + 1];
    const lexical = LEXICAL_NEGATORS[lang].has(w);
    const isNeg = lexical || NEGATORS[lang].has(w) || (lang === 'en' && /n['’]t$/u.test(w));
    if (!isNeg) continue;
    if (lexical && lang === 'en' && (w === 'few' || w === 'little') && EN_POSITIVE_BEFORE_FEW.has(tokens[i - 1]?.lower ?? '')) continue;
    if (w === NEGATOR_FIRST[lang] && next && NOT_ONLY[lang].has(next.lower)) continue;
    // "ob … oder nicht" is "whether or not": an alternative, not a denial.
    if (lang === 'de' && w === 'nicht' && tokens[i - 1]?.lower === 'oder' && (!next || !sameClause(text, t, next))) continue;
    if (lang === 'en') {
      if (w === 'nor' && neither) continue;
      if (w === 'no' && /^\.\s?\d/u.test(text.slice(t.end, t.end + 3))) continue; // "No. 5"
      if (w === 'not' && i >= 2 && tokens[i - 1]!.lower === 'or' && tokens[i - 2]!.lower === 'whether') continue;
      if (w === 'neither') neither = true;
    }
    out.push(t);
  }
  return out;
}

const AFFIX_NEGATION: Record<BaseLang, RegExp> = {
  de: /^un(?!d$|ter|s$|ser|sr|ten|gefähr|ivers|ion|garn|ix)\p{L}{4,}$|\p{L}{3,}(?:los|frei)(?:e|en|er|em|es)?$/u,
  en: /^(?:un(?!der|til|it|ion|iqu|ivers|cle|less)|non-?|dis(?!cus|play|tan|tri|c$|cs$|h$|hes$|k))\p{L}{3,}$|\p{L}{3,}less(?:ly|ness)?$|\p{L}{3,}-free$|^(?:im|in|ir|il)(?:possib|correct|complet|valid|regular|legal|sufficient|accura|appropriat|activ|capab|consisten|direct|effective|formal|frequent|visib|mature|patien|proper|responsib|relevan|secur)/u,
};

/** How far (in tokens) from a negator the word it denies is looked for. */
const NEGATED_WORD_REACH = 3;

/**
 * Where the lost negation belongs in the translation: the counterpart of the word the source negator stands next
 * to („nicht versuchen“ → "attempt"), with the function words before it ("shall be used"), found by the alignment.
 */
function negationPlaces(src: string, tgt: string, negators: WordToken[], from: BaseLang, to: BaseLang): Span[] {
  const { sourceTokens, targetTokens, links } = alignWords(src, tgt, from, to);
  const out: Span[] = [];
  for (const n of negators) {
    const k = sourceTokens.findIndex((t) => t.start === n.start);
    if (k < 0) continue;
    let found: number | undefined;
    for (let d = 1; d <= NEGATED_WORD_REACH && found === undefined; d++) {
      for (const i of [k + d, k - d]) {
        const link = links.find(([s]) => s === i && sourceTokens[i]!.content);
        if (link) {
          found = link[1];
          break;
        }
      }
    }
    if (found === undefined) continue;
    let first = found;
    while (first > 0 && found - first < NEGATED_WORD_REACH && !targetTokens[first - 1]!.content && /\p{L}/u.test(targetTokens[first - 1]!.text)) first--;
    out.push({ start: targetTokens[first]!.start, end: targetTokens[found]!.end });
  }
  return out;
}

const NEGATING_AFFIX = /^(?:un|non-?|in|im|ir|il|dis)|(?:less|-?free|los|lose|losen|loser|loses|frei|freie|freien)$/u;

/**
 * True when the affix-negated word is the negated word's translation: „nicht gesetzt“ → "unset", "not possible"
 * → „unmöglich“. The words next to each negator are looked up; one whose translation is the affixed word's stem
 * means the affix carries the negation.
 */
function affixCarries(tokens: WordToken[], negators: WordToken[], affixed: WordToken, lang: BaseLang): boolean {
  const stem = affixed.lower.replace(NEGATING_AFFIX, '');
  if (stem.length < 3) return false;
  for (const n of negators) {
    const k = tokens.indexOf(n);
    for (const i of [k + 1, k + 2, k - 1, k + 3]) {
      const w = tokens[i];
      if (!w || NEGATORS[lang].has(w.lower)) continue;
      for (const translation of lookup(w.text, lang)) {
        const t = translation.toLowerCase();
        if (t.length >= 3 && (stem === t || stem.startsWith(t) || t.startsWith(stem))) return true;
      }
    }
  }
  return false;
}

/**
 * Both sides negate, but one has more plain negators ("not", „nicht“) than the other has negating words of any
 * kind: a negation was added or lost beside one that a word like „fehlen“ or "missing" carries ("will not ignore
 * missing ACKs" for „werden fehlende ACKs ignoriert“). Less sure than a negation on one side only: major.
 */
function extraNegationFindings(s: WordToken[], t: WordToken[], from: BaseLang, to: BaseLang): Finding[] {
  const plain = (ws: WordToken[], lang: BaseLang) => ws.filter((w) => !LEXICAL_NEGATORS[lang].has(w.lower));
  const ps = plain(s, from);
  const pt = plain(t, to);
  if (t.length > s.length && ps.length === 0 && pt.length > 0) {
    return [finding('traps.negation-added', s.map(span), pt.map(span),
      `The translation adds a negation (${quoteList(pt)}) to what the source says with ${quoteList(s)}: the meaning may be reversed.`, { severity: 'major' })];
  }
  if (s.length > t.length && pt.length === 0 && ps.length > 0) {
    return [finding('traps.negation-lost', ps.map(span), t.map(span),
      `The source negates (${quoteList(ps)}) besides ${quoteList(t)} in the translation, which has no such negation: the meaning may be reversed.`, { severity: 'major' })];
  }
  return [];
}

function negationFindings(src: string, tgt: string, srcTok: WordToken[], tgtTok: WordToken[], from: BaseLang, to: BaseLang): Finding[] {
  const s = negators(src, srcTok, from);
  const t = negators(tgt, tgtTok, to);
  if (s.length > 0 && t.length > 0) return extraNegationFindings(s, t, from, to);
  if ((s.length > 0) === (t.length > 0)) return [];
  // "unmöglich" ↔ "not possible": a prefix or suffix may carry the negation on the other side.
  const plainSide = s.length > 0 ? tgtTok : srcTok;
  const affix = plainSide.find((w) => AFFIX_NEGATION[s.length > 0 ? to : from].test(w.lower));
  if (affix && affixCarries(s.length > 0 ? srcTok : tgtTok, s.length > 0 ? s : t, affix, s.length > 0 ? from : to)) return [];
  // A word that only carries negation in its meaning ("lack", „kaum“) is less sure evidence than "not".
  const onlyLexical = [...s, ...t].every((w) => LEXICAL_NEGATORS[s.length > 0 ? from : to].has(w.lower));
  const severity: Severity = affix || onlyLexical ? 'major' : 'critical';
  const hint = affix ? ` Check whether "${affix.text}" carries the negation.` : '';
  if (s.length > 0) {
    return [finding('traps.negation-lost', s.map(span), affix ? [span(affix)] : negationPlaces(src, tgt, s, from, to),
      `The source is negated (${quoteList(s)}) but the translation is not: the meaning may be reversed.${hint}`, { severity })];
  }
  return [finding('traps.negation-added', affix ? [span(affix)] : [], t.map(span),
    `The translation adds a negation (${quoteList(t)}) that the source does not have: the meaning may be reversed.${hint}`, { severity })];
}

// ---------------------------------------------------------------------------------------------
// "muss nicht" = need not; "must not" = darf nicht.

const MUSS = new Set(['muss', 'musst', 'müssen', 'müsst', 'musste', 'musstest', 'mussten', 'musstet', 'müsse', 'müsste', 'müssten']);
const BRAUCH = new Set(['brauche', 'brauchst', 'braucht', 'brauchen', 'brauchte', 'brauchten']);
const MUSS_TO_DARF: Record<string, string> = {
  muss: 'darf', musst: 'darfst', müssen: 'dürfen', müsst: 'dürft', musste: 'durfte', musstest: 'durftest',
  mussten: 'durften', musstet: 'durftet', müsse: 'dürfe', müsste: 'dürfte', müssten: 'dürften',
};
const MUST_NOT = /\b(must)(\s+not|\s+never)\b|\b(mustn['’]t)/giu;

/** A "müssen" (or "brauchen") form and a "nicht" within a few words of each other in one clause. */
function mussNicht(text: string, tokens: WordToken[], verbs: Set<string>): [WordToken, WordToken] | undefined {
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!;
    if (!verbs.has(v.lower)) continue;
    for (let j = Math.max(0, i - 6); j < Math.min(tokens.length, i + 7); j++) {
      const n = tokens[j]!;
      if (n.lower !== 'nicht' || !sameClause(text, v, n)) continue;
      if (tokens[j + 1] && NOT_ONLY.de.has(tokens[j + 1]!.lower)) continue;
      return [v, n];
    }
  }
  return undefined;
}

function modalFindings(src: string, tgt: string, srcTok: WordToken[], tgtTok: WordToken[], from: BaseLang): Finding[] {
  MUST_NOT.lastIndex = 0;
  if (from === 'de') {
    const pair = mussNicht(src, srcTok, MUSS) ?? mussNicht(src, srcTok, BRAUCH);
    if (!pair) return [];
    const out: Finding[] = [];
    for (const m of tgt.matchAll(MUST_NOT)) {
      const sp = { start: m.index, end: m.index + m[0].length };
      const replacement = m[3] ? capitaliseLike("needn't", m[0], true) : capitaliseLike(`need${m[2] ?? ' not'}`, m[0], true);
      out.push(finding('traps.must-not', pair.map(span), [sp],
        `"${pair[0].text} … ${pair[1].text}" means there is no obligation ("need not", "don't have to"); "${m[0]}" forbids it.`,
        { fix: { side: 'target', span: sp, replacement, label: `Replace with "${replacement}"` } }));
    }
    return out;
  }
  const m = MUST_NOT.exec(src);
  MUST_NOT.lastIndex = 0;
  if (!m) return [];
  const pair = mussNicht(tgt, tgtTok, MUSS);
  if (!pair) return [];
  const sp = { start: m.index, end: m.index + m[0].length };
  const darf = MUSS_TO_DARF[pair[0].lower];
  const replacement = darf ? capitaliseLike(darf, pair[0].text, true) : undefined;
  return [finding('traps.must-not', [sp], pair.map(span),
    `"${m[0]}" forbids something ("darf nicht"); "${pair[0].text} … nicht" only says it is not necessary.`,
    replacement ? { fix: { side: 'target', span: span(pair[0]), replacement, label: `Replace with "${replacement}"` } } : {})];
}

// ---------------------------------------------------------------------------------------------
// False friends. Forms are whole words; `legit` words in the source may honestly produce the look-alike.

interface FalseFriend {
  de: string;
  en: string;
  /** What the German word means in English, and what the English word means in German. */
  deMeans: string;
  enMeans: string;
  /** Look-alike form in the target → certain replacement, per direction. */
  fixEn?: Record<string, string>;
  fixDe?: Record<string, string>;
  /** Source words that may legitimately be rendered by the look-alike (prefixes end in *). */
  legitDe: string;
  legitEn: string;
  /** German number words: "1,2 Billionen" is the numbers check's business. */
  notAfterNumber?: boolean;
}

const FALSE_FRIENDS: FalseFriend[] = [
  { de: 'eventuell eventuelle eventuellen eventueller eventuelles eventuellem', en: 'eventually eventual',
    deMeans: '"possibly", "perhaps" ("possible")', enMeans: '"schließlich", "letztendlich"',
    fixEn: { eventually: 'possibly', eventual: 'possible' }, fixDe: { eventuell: 'schließlich' },
    legitDe: 'schließlich letztlich letztendlich endlich irgendwann zuletzt schlussendlich', legitEn: 'possib* perhaps maybe potential* any might may could' },
  { de: 'aktuell aktuelle aktuellen aktueller aktuelles aktuellem aktuellste aktuellsten', en: 'actually actual',
    deMeans: '"current(ly)", "up to date"', enMeans: '"eigentlich", "tatsächlich"',
    fixEn: { actually: 'currently', actual: 'current' },
    legitDe: 'eigentlich* tatsächlich* wirklich* real* ja', legitEn: 'current* up-to-date latest present recent* topical now today' },
  { de: 'konsequent konsequente konsequenten konsequenter konsequentes konsequentem', en: 'consequent consequently',
    deMeans: '"consistent(ly)", "rigorous(ly)"', enMeans: '"folglich"',
    fixEn: { consequent: 'consistent', consequently: 'consistently' },
    legitDe: 'folglich daher deshalb somit infolgedessen demzufolge folge*', legitEn: 'consistent* rigorous* strict* resolute* thorough* uncompromising*' },
  { de: 'sensibel sensible sensiblen sensibler sensibles sensiblem', en: 'sensible sensibly',
    deMeans: '"sensitive"', enMeans: '"vernünftig"',
    fixEn: { sensible: 'sensitive', sensibly: 'sensitively' },
    fixDe: { sensibel: 'vernünftig', sensible: 'vernünftige', sensiblen: 'vernünftigen', sensibler: 'vernünftiger', sensibles: 'vernünftiges', sensiblem: 'vernünftigem' },
    legitDe: 'vernünftig* sinnvoll* klug* verständig*', legitEn: 'sensitiv* delicate* confidential' },
  { de: 'chef chefs chefin chefinnen', en: 'chef chefs',
    deMeans: '"boss", "head"', enMeans: '"Koch"',
    fixEn: { chef: 'boss', chefs: 'bosses' }, fixDe: { chef: 'Koch', chefs: 'Köche' },
    legitDe: 'koch köchin köche küche* chefkoch* sternekoch* restaurant*', legitEn: 'boss* head* manager* chief* director* supervisor* leader*' },
  { de: 'handy handys', en: 'handy handys handies',
    deMeans: '"mobile phone"', enMeans: '"praktisch", "nützlich"',
    fixEn: { handy: 'phone', handys: 'phones', handies: 'phones' },
    legitDe: 'praktisch* nützlich* griffig* handlich* bequem* gelegen*', legitEn: 'phone* mobile* cell* smartphone*' },
  { de: 'billion billionen', en: 'billion billions',
    deMeans: '"trillion"', enMeans: '"Milliarde"', notAfterNumber: true,
    fixEn: { billion: 'trillion', billions: 'trillions' }, fixDe: { billion: 'Milliarde', billionen: 'Milliarden' },
    legitDe: 'milliarde milliarden mrd', legitEn: 'trillion trillions' },
  { de: 'bekommen bekomme bekommst bekommt bekam bekamst bekamen bekamt bekäme bekämen', en: 'become becomes became becoming',
    deMeans: '"get", "receive"', enMeans: '"werden"',
    // No German fix: "werden" takes a nominative where "bekommen" had an accusative object.
    fixEn: { becomes: 'gets', became: 'got', becoming: 'getting' },
    legitDe: 'werden werde wirst wird werdet wurde wurdest wurden wurdet geworden würde würden würdest', legitEn: 'get gets got gotten getting receiv* obtain* gain* acquir*' },
  { de: 'gift gifte giften giftes', en: 'gift gifts',
    deMeans: '"poison"', enMeans: '"Geschenk"',
    fixEn: { gift: 'poison', gifts: 'poisons' }, fixDe: { gift: 'Geschenk' },
    legitDe: 'geschenk* gabe begabung* talent* spende* präsent* mitbringsel*', legitEn: 'poison* toxin* venom* toxic*' },
  { de: 'also', en: 'also',
    deMeans: '"so", "therefore"', enMeans: '"auch"',
    legitDe: 'auch ebenfalls ebenso zudem außerdem überdies sogar gleichfalls', legitEn: 'so therefore thus hence consequently accordingly well' },
  { de: 'rente renten', en: 'rent rents',
    deMeans: '"pension"', enMeans: '"Miete"',
    fixEn: { rent: 'pension', rents: 'pensions' }, fixDe: { rente: 'Miete', renten: 'Mieten' },
    legitDe: 'miet* pacht* vermiet* gemietet* verpacht*', legitEn: 'pension* retire* annuit*' },
  { de: 'fabrik fabriken', en: 'fabric fabrics',
    deMeans: '"factory"', enMeans: '"Stoff"',
    fixEn: { fabric: 'factory', fabrics: 'factories' }, fixDe: { fabrik: 'Stoff', fabriken: 'Stoffe' },
    legitDe: 'stoff* gewebe* textil* gefüge*', legitEn: 'factor* plant* mill* works manufactur*' },
  { de: 'art arten', en: 'art arts',
    deMeans: '"kind", "type", "way"', enMeans: '"Kunst"',
    fixDe: { art: 'Kunst' },
    legitDe: 'kunst* künst*', legitEn: 'kind* type* sort* way* manner* species nature style*' },
  { de: 'spenden spende spendest spendet spendete spendeten gespendet', en: 'spend spends spent spending',
    deMeans: '"donate"', enMeans: '"ausgeben", "verbringen"',
    fixEn: { spend: 'donate', spends: 'donates', spent: 'donated' },
    legitDe: 'ausgeb* ausgegeben* gibt gab gaben verbring* verbracht* verbrachte* aufwend* aufgewendet* investier* kosten*', legitEn: 'donat* contribut* give gave given' },
  { de: 'sympathisch sympathische sympathischen sympathischer sympathisches', en: 'sympathetic',
    deMeans: '"likeable", "pleasant"', enMeans: '"mitfühlend"',
    fixEn: { sympathetic: 'likeable' },
    legitDe: 'mitfühlend* verständnisvoll* mitleid* wohlwollend* anteilnehm*', legitEn: 'likeable likable nice pleasant friendly agreeable' },
  { de: 'personal', en: 'personal',
    deMeans: '"staff", "personnel"', enMeans: '"persönlich"',
    legitDe: 'persönlich* privat* personen* individuell* eigen*', legitEn: 'staff* personnel employees workforce' },
];

/** Whole-word alternatives; a trailing * allows any ending. */
function wordsPattern(list: string): string {
  const alts = list.split(/\s+/u).filter(Boolean).map((w) => (w.endsWith('*') ? `${escapeRegExp(w.slice(0, -1))}\\p{L}*` : escapeRegExp(w)));
  return `${WORD_START}(?:${alts.join('|')})${WORD_END}`;
}

interface CompiledFriend {
  entry: FalseFriend;
  de: RegExp;
  en: RegExp;
  legitDe: RegExp;
  legitEn: RegExp;
}
const COMPILED_FRIENDS: CompiledFriend[] = FALSE_FRIENDS.map((entry) => ({
  entry,
  de: new RegExp(wordsPattern(entry.de), 'giu'),
  en: new RegExp(wordsPattern(entry.en), 'giu'),
  legitDe: new RegExp(wordsPattern(entry.legitDe), 'giu'),
  legitEn: new RegExp(wordsPattern(entry.legitEn), 'giu'),
}));
/** One pass tells whether a source has any trap word at all, so most segments cost a single regex. */
const ANY_FRIEND: Record<BaseLang, RegExp> = {
  de: new RegExp(wordsPattern(FALSE_FRIENDS.map((f) => f.de).join(' ')), 'iu'),
  en: new RegExp(wordsPattern(FALSE_FRIENDS.map((f) => f.en).join(' ')), 'iu'),
};

function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  re.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) out.push(m);
  return out;
}

function falseFriendFindings(src: string, tgt: string, from: BaseLang): Finding[] {
  if (!ANY_FRIEND[from].test(src)) return [];
  const out: Finding[] = [];
  for (const c of COMPILED_FRIENDS) {
    const e = c.entry;
    const [srcRe, tgtRe, legitRe] = from === 'de' ? [c.de, c.en, c.legitDe] : [c.en, c.de, c.legitEn];
    let srcHits = allMatches(srcRe, src);
    if (e.notAfterNumber) srcHits = srcHits.filter((m) => !/\d[\s.,]*$/u.test(src.slice(Math.max(0, m.index - 4), m.index)));
    if (srcHits.length === 0) continue;
    let tgtHits = allMatches(tgtRe, tgt);
    if (e.notAfterNumber) tgtHits = tgtHits.filter((m) => !/\d[\s.,]*$/u.test(tgt.slice(Math.max(0, m.index - 4), m.index)));
    if (tgtHits.length === 0) continue;
    // The look-alike is fine as often as the source has a word that honestly means it.
    if (tgtHits.length <= allMatches(legitRe, src).length) continue;
    const fixes = from === 'de' ? e.fixEn : e.fixDe;
    const only = tgtHits.length === 1 ? tgtHits[0] : undefined;
    const rep = only && fixes?.[only[0].toLowerCase()];
    const fix: Fix | undefined = only && rep
      ? (() => {
          const replacement = from === 'de' ? capitaliseLike(rep, only[0], isSentenceStart(tgt, only.index)) : rep;
          const sp = { start: only.index, end: only.index + only[0].length };
          return { side: 'target' as const, span: sp, replacement, label: `Replace with "${replacement}"` };
        })()
      : undefined;
    const srcWord = srcHits[0]![0];
    const tgtWord = tgtHits[0]![0];
    const meaning = from === 'de' ? e.deMeans : e.enMeans;
    out.push(finding('traps.false-friend',
      srcHits.map((m) => ({ start: m.index, end: m.index + m[0].length })),
      tgtHits.map((m) => ({ start: m.index, end: m.index + m[0].length })),
      `False friend: "${srcWord}" means ${meaning}, not "${tgtWord}".`, fix ? { fix } : {}));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Separable verbs: "gab … auf" is "gave up", not "gave".

/** Finite forms of a base verb, and the bare English renderings that betray an ignored particle. */
const BASES: Record<string, [de: string, bad: string]> = {
  geben: ['gebe gibst gibt geben gebt gab gabst gaben gabt', 'give gives gave giving'],
  kündigen: ['kündige kündigst kündigt kündigen kündigte kündigten', 'terminate terminates terminated quit quits resign resigns resigned'],
  stellen: ['stelle stellst stellt stellen stellte stellten', 'put puts placed place places'],
  finden: ['finde findest findet finden fand fanden', 'find finds found'],
  fangen: ['fange fängst fängt fangen fing fingen', 'catch catches caught'],
  hören: ['höre hörst hört hören hörte hörten', 'hear hears heard'],
  schließen: ['schließe schließt schließen schloss schlossen', 'close closes closed shut shuts'],
  führen: ['führe führst führt führen führte führten', 'lead leads led guide guides guided'],
  gehen: ['gehe gehst geht gehen ging gingen', 'go goes went walk walks walked'],
  nehmen: ['nehme nimmst nimmt nehmen nahm nahmen', 'take takes took'],
  kommen: ['komme kommst kommt kommen kam kamen', 'come comes came'],
  sehen: ['sehe siehst sieht sehen seht sah sahen', 'see sees saw'],
  stehen: ['stehe stehst steht stehen stand standen', 'stand stands stood'],
  fallen: ['falle fällst fällt fallen fiel fielen', 'fall falls fell'],
  halten: ['halte hältst hält halten hielt hielten', 'hold holds held'],
  bringen: ['bringe bringst bringt bringen brachte brachten', 'bring brings brought'],
  legen: ['lege legst legt legen legte legten', 'lay lays laid'],
  machen: ['mache machst macht machen machte machten', 'make makes made'],
  rufen: ['rufe rufst ruft rufen rief riefen', 'shout shouts shouted cry cries cried'],
  steigen: ['steige steigst steigt steigen stieg stiegen', 'climb climbs climbed'],
  ziehen: ['ziehe ziehst zieht ziehen zog zogen', 'pull pulls pulled drag drags dragged'],
  treten: ['trete trittst tritt treten trat traten', 'kick kicks kicked tread treads trod'],
  schlagen: ['schlage schlägst schlägt schlagen schlug schlugen', 'hit hits beat beats strike strikes struck'],
  sagen: ['sage sagst sagt sagen sagte sagten', 'say says said tell tells told'],
  stimmen: ['stimme stimmst stimmt stimmen stimmte stimmten', 'tune tunes tuned'],
  setzen: ['setze setzt setzen setzte setzten', 'sit sits sat seat seats seated'],
  brechen: ['breche brichst bricht brechen brach brachen', 'break breaks broke'],
  hängen: ['hänge hängst hängt hängen hing hingen', 'hang hangs hung'],
};

/**
 * [particle, base, renderings of the particle verb]. Renderings: * allows any ending; between the words of a
 * phrase up to two others may stand ("gave smoking up"). Optional fourth field: extra bare renderings.
 */
const SEPARABLE: Array<[string, string, string, string?]> = [
  ['auf', 'geben', 'give up|gave up|giving up|given up|abandon*|quit*|surrender*|relinquish*|renounc*|drop*|resign*|post*|mail*|submit*|plac*|check* in|checked in|forsake*|forgo*|waive*|stop*|ceas*|lodg*'],
  ['ab', 'geben', 'submit*|hand* in|handed in|deliver*|turn* in|hand* over|cast|casts|emit*|give off|gave off|gives off|leave|leaves|left|sell*|sold|pass* on|issu*|releas*|relinquish*|surrender*|shed*|make|made|provid*|express*|lodg*|file*|filed|return*|giv* away|gave away'],
  ['zu', 'geben', 'admit*|confess*|conced*|acknowledg*|own* up|owned up|add*|grant*'],
  ['aus', 'geben', 'spend*|spent|issu*|output*|display*|hand* out|handed out|distribut*|pass* off|passed off|pos* as|posed as|treat*|buy|bought|pay*|paid|emit*|shout* (a|the) round'],
  ['an', 'geben', 'stat*|indicat*|specif*|provid*|enter*|declar*|report*|list*|show* off|showed off|boast*|brag*|claim*|cite*|name*|mention*|set* the tone|lead*|led|quot*'],
  ['an', 'kündigen', 'announc*|herald*|signal*|unveil*|advertis*|proclaim*|declar*|promis*|foreshadow*|notif*|warn*|pledg*|predict*|preview*|flag*|said it would|says it will'],
  ['vor', 'stellen', 'present*|introduc*|unveil*|launch*|imagin*|showcas*|show*|propos*|envisag*|pictur*|think|thought|conceiv*|debut*|reveal*|demo*|announc*|outlin*|describ*|set out|sets out|put forward|put the clock* forward'],
  ['ein', 'stellen', 'hire*|hiring|employ*|recruit*|stop*|discontinu*|ceas*|halt*|suspend*|adjust*|set|sets|setting|tun*|configur*|focus*|adapt*|prepar*|abandon*|end*|terminat*|take on|took on|taken on|drop*|shut down|shuts down|wound up|wind* up|put in|put into'],
  ['dar', 'stellen', 'represent*|depict*|portray*|show*|describ*|present*|constitut*|pos*|illustrat*|display*|is|are|was|were|render*|characteri?[sz]*|amount* to'],
  ['fest', 'stellen', 'determin*|establish*|notic*|discover*|detect*|observ*|realiz*|realis*|stat*|not*|identif*|ascertain*|conclud*|see|saw|seen|diagnos*|record*|find|finds|found'],
  ['her', 'stellen', 'produc*|manufactur*|make|makes|made|creat*|establish*|fabricat*|build*|built|restor*|generat*|bring about|brought about'],
  ['aus', 'stellen', 'exhibit*|display*|show*|issu*|write out|wrote out|writes out|made out|make out|draw* up|drew up|switch* off|turn* off|turned off|sign*'],
  ['statt', 'finden', 'take place|took place|takes place|taking place|taken place|held|hold|holds|happen*|occur*|run|runs|ran|go ahead|went ahead|goes ahead|scheduled'],
  ['an', 'fangen', 'begin*|began|begun|start*|commenc*|do|does|did|make of|made of|kick* off|kicked off|set out|set about|launch*'],
  ['auf', 'hören', 'stop*|quit*|end*|ceas*|give up|gave up|gives up|finish*|discontinu*|halt*|drop*|knock* off|knocked off|cut out|break off|broke off'],
  ['zu', 'hören', 'listen*|pay attention|paid attention|pays attention'],
  ['an', 'hören', 'listen*|sound*|hear* out|heard out'],
  ['ab', 'schließen', 'lock*|complet*|conclud*|finish*|finaliz*|finalis*|sign*|graduat*|seal*|wrap* up|wrapped up|end*|clos* deal*|clos* contract*|clos* (a|the|an|its|their|his|her) (deal|contract|agreement|transaction|sale|round|year|project|purchase|acquisition)|take out|took out|taken out|enter* into|settl*|round* off|rounded off|insur*|secur*'],
  ['an', 'schließen', 'connect*|join*|plug*|attach*|link*|follow*|agree*|endors*|concur*|side* with|sided with|hook* up|hooked up|align*|subscrib*|back*|support*'],
  ['ein', 'führen', 'introduc*|launch*|implement*|import*|roll* out|rolled out|insert*|adopt*|establish*|bring in|brought in|brings in|initiat*|usher* in|ushered in|put in place|phase* in|phased in|pioneer*'],
  ['durch', 'führen', 'carr* out|conduct*|perform*|implement*|run|runs|ran|execut*|hold|holds|held|undertak*|undertook|do|does|did|done|administer*|stag*|complet*|organi[sz]*|make|makes|made|process*'],
  ['aus', 'führen', 'execut*|carr* out|export*|perform*|implement*|run|runs|ran|explain*|elaborat*|walk*|complet*|fulfil*|do|does|did|state*|stated|point* out|design*|made|take* out|took out'],
  ['zurück', 'führen', 'attribut*|trac*|due to|put down to|ascrib*|return*|reduc*|back|caus*|stem*|result*|credit*'],
  ['zurück', 'gehen', 'declin*|decreas*|fell|fall*|drop*|go back|went back|goes back|going back|gone back|return*|date* back|dating back|trac*|reced*|subsid*|shrink*|shrank|dwindl*|reduc*|due to|stem*|originat*|lower|slump*|eas*|contract*|lessen*|slow*|back'],
  ['aus', 'gehen', 'go out|went out|goes out|assum*|expect*|run out|ran out|runs out|start*|emanat*|come from|came from|end*|turn* out|turned out|originat*|out|presum*|anticipat*|suppos*|believ*|proceed*|reckon*|think|thought|estimat*'],
  ['vor', 'gehen', 'proceed*|act*|tak* action|took action|happen*|go on|going on|went on|approach*|crack* down|cracked down|fast|move*|handl*|deal*|dealt|tackl*|prioriti[sz]*|preced*|take precedence|took precedence|come first|came first|priority|procedure|go ahead|went ahead'],
  ['zu', 'nehmen', 'increas*|grow*|grew|rise|rises|rose|risen|rising|gain*|put on|mount*|intensif*|swell*|expand*|climb*|escalat*|more|surg*|build* up|built up|pick* up|picked up|augment*|heighten*|accelerat*|spread*|multipl*|soar*|boost*|up'],
  ['ab', 'nehmen', 'decreas*|declin*|lose|lost|loses|losing|fall*|fell|drop*|diminish*|wan*|shrink*|shrank|subsid*|take off|took off|taken off|remov*|pick* up|picked up|answer*|accept*|buy*|bought|reduc*|dwindl*|less|lower|eas*|lessen*|slim*|weight|reliev*|take away|took away|approv*|inspect*|sign* off|signed off|believ*'],
  ['teil', 'nehmen', 'participat*|take part|took part|takes part|taking part|taken part|attend*|join*|compet*|enter*|involv*|engag*|play*|be there|was there|were there|sit in|sat in|present|share in|shared in'],
  ['auf', 'nehmen', 'record*|admit*|accept*|absorb*|includ*|add*|take up|took up|taken up|takes up|start*|begin|began|begun|resum*|receiv*|incorporat*|film*|shot|shoot*|photograph*|borrow*|rais*|welcom*|take in|took in|taken in|takes in|pick* up|picked up|establish*|enter*|tak* on|took on|captur*|hous*|accommodat*|integrat*|list*|enrol*|ingest*|consum*|launch*'],
  ['an', 'nehmen', 'accept*|assum*|adopt*|suppos*|presum*|tak* on|took on|receiv*|expect*|believ*|think|thought|agre*|approv*|pass*|embrac*|guess*|suspect*|imagin*|reckon*|hypothes*|figur*|estimat*|took shape|take shape|takes shape|tak* care|took care|sign* for|signed for|answer*'],
  ['fest', 'nehmen', 'arrest*|detain*|apprehend*|custody|seiz*|held|hold|holds|captur*|catch*|caught|pick* up|picked up|nab*|round* up|rounded up'],
  ['vor', 'kommen', 'occur*|happen*|exist*|seem*|appear*|found|feel*|felt|come across|came across|comes across|common|present|aris*|arose|featur*|contain*|live|lives|lived|inhabit*|native|crop* up|cropped up|turn* up|turned up|show* up|showed up|there is|there are|there was|there were'],
  ['zurück', 'kommen', 'return*|come back|came back|comes back|coming back|get back|got back|gets back|revert*|refer* back|referred back|back'],
  ['mit', 'kommen', 'come along|came along|comes along|come with|came with|comes with|join*|keep up|kept up|keeps up|follow*|accompan*|tag along|tagged along|along'],
  ['aus', 'sehen', 'look*|seem*|appear*|appearance|resembl*'],
  ['vor', 'sehen', 'provid*|plan*|intend*|envisag*|stipulat*|foresee*|foresaw|designat*|schedul*|earmark*|call* for|allow* for|includ*|reserv*|set aside|propos*|requir*|mean*|meant|anticipat*|contemplat*|specif*|prescrib*|aim*|expect*'],
  ['fern', 'sehen', 'watch*|tv|television|view*'],
  ['auf', 'stehen', 'get up|got up|gets up|getting up|stand up|stood up|stands up|standing up|rise|rose|rises|rising|risen|wake* up|woke up|rebel*|revolt*|rais*|arise|arose|out of bed'],
  ['fest', 'stehen', 'certain|clear|fixed|decided|set|settled|established|known|confirmed|determined|sure|definite|final|finali[sz]ed|agreed|obvious|evident|undisputed|no doubt'],
  ['zu', 'stehen', 'entitled|due|deserv*|right|belong*|owe*|owing|claim|earned|accord*|allowed|privilege'],
  ['aus', 'fallen', 'cancel*|fail*|break* down|broke down|out of order|off|called off|turn* out|turned out|drop* out|dropped out|miss*|lost|absent|outage|take place|down|go out|went out|cut out|short|result*|prov*|come out|came out|be|was|were'],
  ['auf', 'fallen', 'notic*|stand* out|stood out|strik*|struck|attract* attention|attracted attention|catch* the eye|caught the eye|caught (my|his|her|their|your|our) eye|conspicuous|obvious|remark*|spot*|realiz*|realis*|apparent|evident|noteworth*|occur*|see|saw|seen|odd'],
  ['ein', 'fallen', 'occur*|think of|thought of|remember*|recall*|come to mind|came to mind|comes to mind|cross* (my|his|her|their|your|our) mind|crossed|invad*|cave* in|caved in|collaps*|chim* in|chimed in|join* in|joined in|come up with|came up with|idea|spring* to mind|sprang to mind|think|thought|strike|struck'],
  ['zurück', 'fallen', 'fall back|fell back|falls back|fallen back|lag*|drop* back|dropped back|revert*|relaps*|regress*|fall behind|fell behind|falls behind|fallen behind|reflect*|slip*|back|behind|return*|rebound*|backfir*'],
  ['auf', 'halten', 'stop*|delay*|hold up|held up|holds up|hold* back|held back|stay*|remain*|spend* time|spent time|be|halt*|hinder*|detain*|linger*|stuck|resid*|live*|present|located|hang* around|hung around|dwell*|slow* down|slowed down|obstruct*|imped*|hold open|held open'],
  ['an', 'halten', 'stop*|halt*|continu*|last*|persist*|pull* over|pulled over|prompt*|urg*|encourag*|ongoing|paus*|linger*|endur*|remain*|keep on|kept on|keep going|kept going|hold (his|her|their|my|your|our) breath|held (his|her|their|my|your|our) breath|hold out|held out|sustain*|hitch*|ask*|flag* down|flagged down|freez*|froz*'],
  ['ein', 'halten', 'compl*|observ*|adher*|meet|meets|met|keep to|kept to|stick to|stuck to|respect*|follow*|honou?r*|abid*|fulfil*|maintain*|keep* (promise*|deadline*|appointment*|rule*|agreement*|schedule*|limit*|distance*|word|date*|budget*)|kept (promise*|deadline*|appointment*|rule*|agreement*|schedule*|limit*|distance*|word|date*|budget*)|paus*|stop*|conform*|obey*|stay* within|stayed within'],
  ['um', 'bringen', 'kill*|murder*|slay*|slew|slain|do in|did in|finish off|finished off|assassinat*|execut*|take (his|her|their|my|your|our) own life|took (his|her|their|my|your|our) own life'],
  ['bei', 'bringen', 'teach*|taught|show*|provid*|produc*|submit*|inflict*|tell*|told|instruct*|train*|explain*|get across|got across|convey*|impart*|learn*|educat*|dealt|coach*|deliver*|furnish*|procur*|present*'],
  ['an', 'bringen', 'attach*|fix*|mount*|install*|put up|affix*|hang*|hung|post*|place*|fit*|fitted|make (a|an) (comment|remark|objection|point|suggestion)|made (a|an) (comment|remark|objection|point|suggestion)|rais*|voic*|add*|apply*|applied|position*|stick*|stuck|display*|locat*|insert*|secur*|put|puts'],
  ['vor', 'schlagen', 'suggest*|propos*|recommend*|nominat*|put forward|put up|advis*|offer*|float*|advocat*|submit*|tabl*|urg*'],
  ['nach', 'schlagen', 'look* up|looked up|consult*|check*|refer*|search*|research*|find|found|take after|took after|takes after|resembl*'],
  ['ab', 'schlagen', 'refus*|declin*|turn* down|turned down|reject*|deny*|denied|cut off|chop* off|chopped off|knock* off|knocked off|repel*|repuls*|fend* off|fended off|beat* off|beat back|rebuff*|spurn*|snub*|sever*|behead*'],
  ['ab', 'sagen', 'cancel*|call* off|called off|declin*|turn* down|turned down|refus*|withdr*|pull* out|pulled out|renounc*|back out|backed out|scrap*|postpon*|drop*|scrub*|ax*|abandon*|reneg*|bow* out|bowed out|reject*|forgo*|give up|gave up|not come|not attend'],
  ['zu', 'sagen', 'accept*|agree*|promis*|commit*|pledg*|confirm*|appeal*|suit*|like*|guarant*|consent*|assur*|pleas*|sign* up|signed up|say yes|said yes|says yes|rsvp*|vow*'],
  ['zu', 'stimmen', 'agree*|approv*|consent*|endors*|accept*|assent*|concur*|back*|support*|vote* for|voted for|vote* in favo*|voted in favo*|ratif*|sanction*|okay*|affirm*|yes|green light|sign* off|signed off|nod*|second*'],
  ['ein', 'setzen', 'use*|using|deploy*|employ*|appoint*|install*|insert*|set in|sets in|began|begin*|start*|commit*|campaign*|advocat*|work* for|worked for|fight*|fought|stand up for|stood up for|champion*|establish*|set up|apply*|applied|utili[sz]*|put in|put to use|commission*|kick* in|kicked in|onset|bet*|stak*|wag*|support*|press* for|pressed for|lobby*|lobbied|push* for|pushed for|substitut*|fill* in|filled in|plug* in|plugged in|enter*|assign*|dispatch*|mobili[sz]*|rely on|relies on|relied on|put|puts'],
  ['fort', 'setzen', 'continu*|resum*|pursu*|proceed*|carr* on|keep on|kept on|keep going|kept going|keeps going|extend*|prolong*|go on|went on|goes on|maintain*|perpetuat*|persist*|press on|pressed on|follow up|followed up|sustain*|remain*|further'],
  ['um', 'setzen', 'implement*|realiz*|realis*|execut*|put into|translat* into|carr* out|transform*|convert*|transpos*|achiev*|sell|sold|generat*|turnover|sales|relocat*|mov*|transplant*|apply*|applied|deliver*|enact*|adopt*|enforc*|effect*|accomplish*|turn* into|turned into|make happen|made happen|act on|acted on|follow through|followed through|bring about|brought about|embod*|roll* out|rolled out|do|does|did|done'],
  ['durch', 'setzen', 'enforc*|assert*|prevail*|push* through|pushed through|implement*|impos*|succeed*|establish*|gain* acceptance|catch on|caught on|catches on|win*|won|carr* through|get (his|her|their|its|our|my) way|got (his|her|their|its|our|my) way|forc* through|imbu*|permeat*|interspers*|riddled|shot through|laced|dominat*|stand firm|overcom*|triumph*|secur*|achiev*|accomplish*|get through|got through|through|ram* through|rammed through'],
  ['aus', 'setzen', 'suspend*|expos*|abandon*|paus*|stop*|interrupt*|halt*|fail*|cut out|cuts out|break* off|broke off|skip*|miss*|sit out|sat out|sits out|find fault|criticiz*|criticis*|object*|complain*|wrong|quibbl*|adjourn*|defer*|offer*|post*|subject*|leave|left|put out|stall*|falter*|flag*|ceas*|strand*|maroon*|dump*|releas*|put off'],
  ['ab', 'brechen', 'cancel*|abort*|break off|broke off|broken off|breaks off|breaking off|stop*|terminat*|halt*|discontinu*|interrupt*|end*|call* off|called off|drop* out|dropped out|give up|gave up|quit*|abandon*|snap* off|snapped off|demolish*|pull* down|pulled down|tear* down|tore down|torn down|knock* down|knocked down|collaps*|cut short|ceas*|suspend*|pull* out|pulled out|withdr*|cut off|cut*|sever*|dismantl*|scrap*|exit*|kill*|clos*'],
  ['aus', 'brechen', 'break out|broke out|breaks out|broken out|breaking out|erupt*|escap*|burst*|flar*|outbreak|start*|began|begin*|broke loose|breaks loose|break away|broke away|breaks away|spread*|bolt*|flee*|fled|veer*|swerv*|deviat*|loose|out'],
  ['auf', 'brechen', 'set off|set out|sets off|sets out|leav*|left|depart*|head* off|head* out|headed|go off|went off|break open|broke open|broken open|forc* open|forced open|crack* open|cracked open|burst open|open*|break up|broke up|broken up|break down|broke down|broken down|break in|broke in|break into|broke into|pry|pried|prised|prized|jimm*|start*|embark*|get going|got going|set forth|begin|began|begun|burst*|split*|crack*|disrupt*|dissolv*|away|off'],
  ['zusammen', 'hängen', 'connect*|relat*|link*|associat*|due to|has to do|have to do|had to do|tied|correlat*|coheren*|depend*|interrelat*|context|result*|caus*|cohes*|together|coupled|bound up|attributable|involv*|concern*|stem*|interlink*|interconnect*|intertwin*|hand in hand'],
  ['ab', 'hängen', 'depend*|rely*|relies|relied|contingent|subject to|hing*|hang* out|hung out|chill*|shake off|shook off|lose|lost|outrun|outstrip*|leave behind|left behind|uncoupl*|unhook*|detach*|take down|took down|determin*|function of|down to|hang* on|hung on|turn* on|turned on|decoupl*|distanc*|dependent|based on|rest* on|rested on|up to'],
  ['um', 'ziehen', 'mov*|relocat*|chang*|migrat*|transfer*|resettl*'],
  ['an', 'ziehen', 'put on|puts on|dress*|wear*|wore|worn|attract*|draw* in|drew in|draw* crowds|drew crowds|tighten*|pick* up|picked up|lure*|appeal*|rise*|rose|ris*|increas*|firm*|rall*|climb*|gain*|charm*|get dressed|got dressed|slip* on|slipped on|don*|pull* on|pulled on|apply*|accelerat*|intensif*|strengthen*'],
  ['aus', 'ziehen', 'mov* out|moved out|tak* off|took off|taken off|undress*|strip*|extend*|pull* out|pulled out|leav*|left|vacat*|remov*|get undressed|got undressed|set out|sets out|set off|sets off|march* out|marched out|withdr*|pull* off|pulled off|slip* off|slipped off|out'],
  ['zurück', 'ziehen', 'withdr*|retract*|retreat*|pull* back|pulled back|pull* out|pulled out|revok*|resign*|retir*|reced*|back out|backed out|cancel*|take back|took back|taken back|recall*|rescind*|drop*|abandon*|back|away|recant*|repeal*|quit*|step* back|stepped back|seclud*|recoil*|disengag*'],
  ['vor', 'ziehen', 'prefer*|bring forward|brought forward|mov* forward|moved forward|favou?r*|advanc*|earlier|pull* forward|pulled forward|draw* forward|drew forward|rather|priorit*|put ahead|put first|mov* up|moved up|sooner|choose|chose|chosen|opt*|pick*|forward|ahead'],
  ['auf', 'treten', 'occur*|appear*|perform*|aris*|arose|happen*|emerg*|act*|behav*|present*|conduct*|step* up|stepped up|step* out|stepped out|come up|came up|take the stage|took the stage|play*|surfac*|show* up|showed up|encounter*|crop* up|cropped up|develop*|experienc*|seen|found|turn* up|turned up|exist*|manifest*|come across|came across|stage|pos*|speak*|spoke|spoken|testif*|represent*|incidence|break out|broke out|set in|sets in'],
  ['ein', 'treten', 'enter*|occur*|happen*|take place|took place|come in|came in|comes in|join*|step in|stepped in|steps in|kick* in|kicked in|advocat*|champion*|support*|stand up for|stood up for|set in|sets in|aris*|arose|interven*|campaign*|call* for|called for|argu* for|argued for|come true|came true|materiali[sz]*|ensu*|fight for|fought for|go in|went in|walk in|walked in'],
  ['zurück', 'treten', 'resign*|step* down|stepped down|step* back|stepped back|withdr*|retir*|quit*|reced*|abdicat*|stand down|stood down|take a back seat|took a back seat|step aside|stepped aside|renounc*|back off|backed off|stand back|stood back|back|leave office|left office|ced*|yield*|relinquish*'],
  ['aus', 'treten', 'leave|left|leav*|exit*|quit*|resign*|withdr*|escap*|leak*|emerg*|seep*|discharg*|emit*|go to the toilet|went to the toilet|stamp* out|stamped out|drop* out|dropped out|releas*|come out|came out|out|spill*|ooz*|flow* out|flowed out|cancel*|terminat*|renounc*|give up|gave up|seced*'],
  ['aus', 'steigen', 'get off|got off|gets off|getting off|get out|got out|gets out|getting out|alight*|disembark*|exit*|leav*|left|quit*|drop* out|dropped out|pull* out|pulled out|withdr*|opt* out|opted out|climb* out|climbed out|step* out|stepped out|back out|backed out|jump* out|jumped out|abandon*|off|out|give up|gave up|disengag*|divest*|bail* out|bailed out|sell* off|sold off'],
  ['ein', 'steigen', 'get in|got in|gets in|get on|got on|gets on|get into|got into|board*|enter*|join*|embark*|climb* in|climbed in|climb* into|climbed into|climb* aboard|climbed aboard|step* in|stepped in|invest*|involv*|jump* in|jumped in|buy into|bought into|take a stake|took a stake|acquir*|start*|began|begin*|aboard|hop* on|hopped on|come in|came in'],
  ['um', 'steigen', 'chang*|transfer*|switch*|mov* over|moved over|convert*|shift*|migrat*|go over to|went over to|swap*|turn* to|turned to|adopt*'],
  ['an', 'rufen', 'call*|phone*|ring*|rang|rung|telephon*|invok*|appeal*|dial*|contact*|get in touch|got in touch|reach*|summon*'],
  ['auf', 'rufen', 'call*|urg*|appeal*|summon*|invok*|access*|open*|retriev*|load*|visit*|display*|view*|launch*|bring up|brought up|pull* up|pulled up|go to|went to|navigat*|look* at|looked at|request*|ask*|encourag*|exhort*|demand*'],
  ['zurück', 'rufen', 'call* back|called back|ring* back|rang back|return* (a|the|his|her|their|my|your|our) call*|recall*|revok*|withdr*|remind*|phone* back|phoned back|get back to|got back to|retract*|bring back|brought back|back', 'call calls called phone phones phoned ring rings rang'],
];

/** A phrase rendering as regex: * is any ending; words of a phrase may have up to two words between them. */
function renderingPattern(alts: string): string {
  const body = alts
    .split('|')
    .map((a) => a.replace(/(?<=[\p{L})\]])\*/gu, '\\p{L}*').replace(/ /g, "(?:\\s+[\\p{L}'’-]+){0,2}\\s+"))
    .join('|');
  return `${WORD_START}(?:${body})${WORD_END}`;
}

interface CompiledSeparable {
  verb: string;
  particle: string;
  ok: RegExp;
  bad: Set<string>;
}
/** Finite form → the particle verbs it may belong to, keyed by particle. */
const FINITE = new Map<string, Map<string, CompiledSeparable>>();
for (const [particle, base, ok, extraBad] of SEPARABLE) {
  const b = BASES[base];
  if (!b) throw new Error(`Unknown base verb ${base}`); // a typo in the table, caught by the tests at load
  const entry: CompiledSeparable = {
    verb: particle + base,
    particle,
    ok: new RegExp(renderingPattern(ok), 'iu'),
    bad: new Set([...b[1].split(' '), ...(extraBad ? extraBad.split(' ') : [])]),
  };
  for (const form of b[0].split(' ')) {
    let byParticle = FINITE.get(form);
    if (!byParticle) FINITE.set(form, (byParticle = new Map()));
    byParticle.set(particle, entry);
  }
}
const COORDINATORS = new Set(['und', 'oder', 'aber', 'sondern', 'denn', 'doch', 'sowie']);
/** How many German particle verbs the table knows. */
export const SEPARABLE_VERB_COUNT = SEPARABLE.length;

/** Split particle verbs in a German main clause: "stellte … vor", with the particle at the clause end. */
function splitVerbs(text: string, tokens: WordToken[]): Array<{ verb: WordToken; particle: WordToken; entry: CompiledSeparable }> {
  const out: Array<{ verb: WordToken; particle: WordToken; entry: CompiledSeparable }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const v = tokens[i]!;
    const byParticle = FINITE.get(v.lower);
    if (!byParticle) continue;
    for (let j = i + 1; j < tokens.length && j <= i + 14; j++) {
      const p = tokens[j]!;
      if (!sameClause(text, v, p)) break;
      const entry = byParticle.get(p.lower);
      if (!entry) continue;
      const next = tokens[j + 1];
      const clauseEnd = !next || !sameClause(text, p, next) || COORDINATORS.has(next.lower);
      if (clauseEnd) {
        out.push({ verb: v, particle: p, entry });
        break;
      }
    }
  }
  return out;
}

function separableFindings(src: string, tgt: string, srcTok: WordToken[], tgtTok: WordToken[]): Finding[] {
  const out: Finding[] = [];
  for (const { verb, particle, entry } of splitVerbs(src, srcTok)) {
    // The bare verb is a cheap set look-up; the phrase patterns run only when it is there.
    const bare = tgtTok.find((t) => entry.bad.has(t.lower));
    if (!bare || entry.ok.test(tgt)) continue;
    out.push(finding('traps.particle-lost', [span(verb), span(particle)], [span(bare)],
      `"${verb.text} … ${particle.text}" is the verb "${entry.verb}"; "${bare.text}" renders only "${entry.verb.slice(entry.particle.length)}" and loses the particle "${particle.text}".`));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Sie or du.

const DU = new Set(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines', 'euch', 'euer', 'eure', 'euren', 'eurem', 'eurer', 'eures']);
const SIE = new Set(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']);

/** Words addressing the reader; a capital "Sie" or "Ihr" counts only mid-sentence, where it cannot be "she" or "their". */
function addressWords(text: string, tokens: WordToken[]): { sie: WordToken[]; du: WordToken[] } {
  const sie: WordToken[] = [];
  const du: WordToken[] = [];
  for (const t of tokens) {
    if (DU.has(t.lower)) du.push(t);
    else if (SIE.has(t.text) && !isSentenceStart(text, t.start)) sie.push(t);
  }
  return { sie, du };
}

/** How a German text addresses the reader: formal 'Sie', informal 'du', or null when it does not (or cannot be told). */
export function addressForm(text: string): 'Sie' | 'du' | null {
  const { sie, du } = addressWords(text, wordTokens(text));
  if (sie.length === du.length) return null;
  return sie.length > du.length ? 'Sie' : 'du';
}

function addressFindings(tgt: string, tgtTok: WordToken[]): Finding[] {
  const { sie, du } = addressWords(tgt, tgtTok);
  if (sie.length === 0 || du.length === 0) return [];
  return [finding('traps.address-mixed', [], [...sie, ...du].sort((a, b) => a.start - b.start).map(span),
    `The translation mixes the formal "Sie" (${quoteList(sie)}) and the informal "du" (${quoteList(du)}); use one form of address.`)];
}

// ---------------------------------------------------------------------------------------------

export const trapsCheck: SegmentCheck = (segment, ctx) => {
  const { source, target } = segment;
  if (isBlank(target) || ctx.sourceLang === ctx.targetLang) return [];
  const srcTok = wordTokens(source);
  const tgtTok = wordTokens(target);
  const out = [
    ...negationFindings(source, target, srcTok, tgtTok, ctx.sourceLang, ctx.targetLang),
    ...modalFindings(source, target, srcTok, tgtTok, ctx.sourceLang),
    ...falseFriendFindings(source, target, ctx.sourceLang),
    ...oppositeMeaningFindings(source, target, ctx.sourceLang, ctx.targetLang),
  ];
  if (ctx.sourceLang === 'de') out.push(...separableFindings(source, target, srcTok, tgtTok));
  if (ctx.targetLang === 'de') out.push(...addressFindings(target, tgtTok));
  return out;
};
