/**
 * Fits the risk model (lib/checks/risk) on the development sets and writes lib/checks/risk/weights.json; prints the
 * calibration and the ranking figure on the held-out part of the WMT set, which is never trained on.
 */
// Usage: npx tsx scripts/train-risk.ts [--dry-run | --check] [--bench-heldout]
//   --dry-run prints the figures without writing the weights; --check exits 1 when the committed weights differ;
//   --bench-heldout also scores the perturbation bench's held-out split (never trained on; doubles the run time).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync } from 'node:zlib';
import { checkDocument, SEVERITY_WEIGHT, type Finding } from '../lib/checks';
import {
  detectingFindings,
  DIRECTIONS,
  findingHits,
  langsOf,
  parseDevSet,
  parsePerturbSet,
  runChecks,
  type EvaluatedSegment,
  type PerturbItem,
} from '../lib/checks/eval';
import {
  brierScore,
  findingFeatures,
  fit,
  predict,
  reliabilityBins,
  scoreFindings,
  segmentFeatures,
  segmentLength,
  segmentRisk,
  shareInTop,
  type Example,
  type LogisticModel,
  type Outcome,
  type RiskSegment,
  type RiskWeights,
} from '../lib/checks/risk';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'data', 'eval');
const weightsFile = join(root, 'lib', 'checks', 'risk', 'weights.json');
const dryRun = process.argv.includes('--dry-run');
const check = process.argv.includes('--check');
const benchHeldOut = process.argv.includes('--bench-heldout');

/** Penalties tried, by log loss in cross-validation over documents of the training part. */
const L2_GRID = [0.3, 1, 3, 10];
/** Length normalisations tried (with and without the segment prior), by the ranking figure on the training part. */
const ALPHA_GRID = [0, 0.25, 0.5, 0.75, 1];
const REFERENCE_LENGTH = 100;
const FOLDS = 5;

// ---------------------------------------------------------------------------------------------- the data and its split

/** A checked segment with what the training needs: per finding whether it marks a real error, and the segment's truth. */
interface Labelled {
  id: string;
  /** Folds of the cross-validation keep a document (or a bench page) together. */
  doc: string;
  segment: RiskSegment;
  findings: Finding[];
  real: boolean[];
  hasError: boolean;
  hasMajor: boolean;
}

/** A dev-set segment: a finding is real when it touches a gold error span (not neutral) of any category. */
function fromDevSet(seg: EvaluatedSegment): Labelled {
  const gold = seg.gold.filter((g) => g.severity !== 'neutral');
  return {
    id: seg.segment.id,
    doc: seg.segment.doc,
    segment: seg.segment,
    findings: [...seg.findings],
    real: seg.findings.map((f) => findingHits(f, gold).anyCategory),
    hasError: gold.length > 0,
    hasMajor: gold.some((g) => g.severity === 'major' || g.severity === 'critical'),
  };
}

const readSet = (file: string) => parseDevSet(readFileSync(join(evalDir, file), 'utf8'));

/**
 * The WMT set's held-out part: every third source sentence (ted/talk.1/<system>/3, /6, …), all 14 systems'
 * translations of it. A split by sentence, so no translation of a held-out sentence is seen in training.
 */
const sentenceOf = (s: Labelled) => Number(s.id.split('/').pop());
const isWmtHeldOut = (s: Labelled) => sentenceOf(s) % 3 === 0;

/** One split of the perturbation bench (data/eval/perturb/<direction>.jsonl.gz); only 'dev' is trained on. */
function perturbSplit(split: PerturbItem['split']): PerturbItem[] {
  return DIRECTIONS.flatMap((d) => {
    const file = join(evalDir, 'perturb', `${d}.jsonl.gz`);
    return existsSync(file) ? parsePerturbSet(gunzipSync(readFileSync(file)).toString('utf8')).filter((i) => i.split === split) : [];
  });
}

/**
 * Each bench item and each distinct control, checked as a one-segment document (as the bench does). On the
 * perturbed copy a finding is real when it detects the change by the bench's rule (touches it, not also on the
 * control); every finding on a control is a false alarm.
 */
function fromPerturbBench(items: readonly PerturbItem[]): Labelled[] {
  const checkOne = (source: string, target: string, item: PerturbItem) =>
    checkDocument([{ id: 1, paragraph: 0, source, target }], { ...langsOf(item.direction), glossary: [] }).get(1) ?? [];
  const controls = new Map<string, Labelled>();
  const out: Labelled[] = [];
  for (const item of items) {
    const key = `${item.direction}\u0000${item.source}\u0000${item.control}`;
    let control = controls.get(key);
    if (!control) {
      const findings = checkOne(item.source, item.control, item);
      const segment = { source: item.source, target: item.control, ...langsOf(item.direction) };
      control = { id: `${item.id}:control`, doc: item.page, segment, findings, real: findings.map(() => false), hasError: false, hasMajor: false };
      controls.set(key, control);
      out.push(control);
    }
    const findings = checkOne(item.source, item.target, item);
    const detecting = new Set(detectingFindings(item, findings, control.findings));
    out.push({
      id: item.id,
      doc: item.page,
      segment: { source: item.source, target: item.target, ...langsOf(item.direction) },
      findings,
      real: findings.map((f) => detecting.has(f)),
      hasError: true,
      hasMajor: item.severity !== 'minor',
    });
  }
  return out;
}

function examples(segments: readonly Labelled[]): (Example & { group: string })[] {
  return segments.flatMap((seg) =>
    seg.findings.map((f, i) => ({ x: findingFeatures(f, seg.findings, seg.segment), y: seg.real[i] ? (1 as const) : (0 as const), group: seg.doc })),
  );
}

// ------------------------------------------------------------------------------------------------------------ figures

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function logLoss(model: LogisticModel, data: readonly Example[]): number {
  return mean(data.map((e) => -Math.log(Math.min(1 - 1e-12, Math.max(1e-12, e.y ? predict(model, e.x) : 1 - predict(model, e.x))))));
}

function calibration(label: string, outcomes: readonly Outcome[]): void {
  const base = mean(outcomes.map((o) => o.y));
  console.log(`\n${label}: ${outcomes.length} findings, ${pct(base)} real; Brier ${brierScore(outcomes).toFixed(4)} (predicting ${pct(base)} for all: ${(base * (1 - base)).toFixed(4)})`);
  console.log('  decile    n  predicted  observed');
  reliabilityBins(outcomes).forEach((b, i) => console.log(`  ${String(i + 1).padStart(6)} ${String(b.n).padStart(4)}   ${pct(b.predicted).padStart(7)}   ${pct(b.observed).padStart(7)}`));
}

type Ranker = (seg: Labelled) => number;

const severitySum: Ranker = (seg) => seg.findings.reduce((s, f) => s + SEVERITY_WEIGHT[f.severity], 0);
const byLength: Ranker = (seg) => segmentLength(seg.segment);
const riskOf = (weights: RiskWeights): Ranker => (seg) => segmentRisk(scoreFindings(seg.findings, seg.segment, weights), seg.segment, weights);

const ranking = (segments: readonly Labelled[], rank: Ranker) => shareInTop(segments.map((s) => ({ score: rank(s), positive: s.hasMajor })));

/** The finding model and the segment prior (label: the segment holds a real error), both with penalty l2. */
function fitModels(segments: readonly Labelled[], l2: number): { findings: LogisticModel; prior: LogisticModel } {
  const priorExamples = segments.map((seg): Example => ({ x: segmentFeatures(seg.segment), y: seg.hasError ? 1 : 0 }));
  return { findings: fit(examples(segments), { l2 }), prior: fit(priorExamples, { l2 }) };
}

const weightsOf = (models: ReturnType<typeof fitModels>, choice: { alpha: number; prior: boolean }, trainedOn: Record<string, unknown> = {}): RiskWeights => ({
  ...models.findings,
  segmentPrior: choice.prior ? models.prior : null,
  lengthNormalisation: { alpha: choice.alpha, referenceLength: REFERENCE_LENGTH },
  trainedOn,
});

// --------------------------------------------------------------------------------------------------------------- main

console.log('Running the checks over the development sets…');
// Whole documents, as the app checks them; the split is applied to the checked segments.
const own = runChecks(readSet('lektorat-deen.dev.jsonl'), checkDocument).map(fromDevSet);
const wmt = runChecks(readSet('wmt-mqm-ende.dev.jsonl'), checkDocument).map(fromDevSet);
const perturb = fromPerturbBench(perturbSplit('dev'));
const wmtTrain = wmt.filter((s) => !isWmtHeldOut(s));
const wmtHeld = wmt.filter(isWmtHeldOut);
const trainSets: Record<string, Labelled[]> = {
  'lektorat-deen.dev': own,
  'wmt-mqm-ende.dev (train part)': wmtTrain,
  'perturbation bench, dev split (items and controls)': perturb,
};
const train = Object.values(trainSets).flat();
const trainExamples = examples(train);
for (const [name, segs] of Object.entries(trainSets)) console.log(`  ${name}: ${segs.length} segments, ${examples(segs).length} findings`);
console.log(`  held out: wmt-mqm-ende.dev, sentences 3, 6, …, 15 × 14 systems: ${wmtHeld.length} segments, ${examples(wmtHeld).length} findings`);

// The penalty: cross-validated log loss, folds by document (a document's findings share a text and a system).
const groups = [...new Set(trainExamples.map((e) => e.group))].sort();
const foldOf = new Map(groups.map((g, i) => [g, i % FOLDS]));
const cvLoss = (l2: number) =>
  Array.from({ length: FOLDS }, (_, k) => {
    const test = trainExamples.filter((e) => foldOf.get(e.group) === k);
    return test.length ? logLoss(fit(trainExamples.filter((e) => foldOf.get(e.group) !== k), { l2 }), test) * test.length : 0;
  }).reduce((a, b) => a + b, 0) / trainExamples.length;
console.log('\nL2 penalty by cross-validated log loss of the finding model (training part, folds by document):');
const losses = L2_GRID.map((l2) => ({ l2, loss: cvLoss(l2) }));
for (const { l2, loss } of losses) console.log(`  l2 ${String(l2).padEnd(4)} ${loss.toFixed(4)}`);
const l2 = losses.reduce((a, b) => (b.loss < a.loss ? b : a)).l2;
const models = fitModels(train, l2);

// How the findings combine: the ranking figure on each training set, averaged over the sets with major errors.
console.log('\nSegment risk forms by the ranking figure on the training part (share of major-error segments in the riskiest 20 %):');
const forms = [false, true].flatMap((prior) =>
  ALPHA_GRID.map((alpha) => {
    const perSet = Object.values(trainSets)
      .filter((segs) => segs.some((s) => s.hasMajor))
      .map((segs) => ranking(segs, riskOf(weightsOf(models, { alpha, prior }))));
    return { alpha, prior, score: mean(perSet), perSet };
  }),
);
for (const f of forms) console.log(`  ${f.prior ? 'with   ' : 'without'} length prior, alpha ${String(f.alpha).padEnd(4)} mean ${pct(f.score)}  (${f.perSet.map(pct).join(', ')})`);
// The simpler form wins unless another ranks at least a point better: the training sets are small (a tenth of a point
// is one segment), and a prior from length alone gives every segment a risk, clean ones included.
const MIN_GAIN = 0.01;
const best = forms.reduce((a, b) => (b.score > a.score + MIN_GAIN ? b : a));
console.log(`Chosen: l2 ${l2}, ${best.prior ? 'with' : 'without'} the length prior, alpha ${best.alpha}`);

const weights = weightsOf(models, best, {
  script: 'scripts/train-risk.ts',
  sets: Object.fromEntries(Object.entries(trainSets).map(([name, segs]) => [name, { segments: segs.length, findings: examples(segs).length }])),
  heldOut: 'wmt-mqm-ende.dev sentences 3, 6, 9, 12, 15 (all systems); the perturbation bench held-out split',
  label: 'a finding: it touches a gold error span (not neutral) of any category, or detects a bench change; the prior: the segment holds an error',
  l2,
});
const predictions = (segs: readonly Labelled[]): Outcome[] => examples(segs).map((e) => ({ p: predict(models.findings, e.x), y: e.y }));
for (const [name, segs] of Object.entries(trainSets)) if (segs.length) calibration(`Calibration of the finding probabilities, ${name} (in sample)`, predictions(segs));
calibration('Calibration of the finding probabilities, WMT held-out part', predictions(wmtHeld));

const risk = riskOf(weights);
const flagged = (segs: readonly Labelled[], test: (s: Labelled) => boolean) => {
  const clean = segs.filter((s) => !s.hasError);
  return clean.filter(test).length / clean.length;
};
const report = (name: string, segs: readonly Labelled[], rank: Ranker = risk) => {
  console.log(`\n${name}: ${segs.length} segments, ${segs.filter((s) => s.hasMajor).length} with a major error`);
  console.log(`  share of the major-error segments in the riskiest 20 %: risk ${pct(ranking(segs, rank))}, old severity sum ${pct(ranking(segs, severitySum))}, length ${pct(ranking(segs, byLength))}, random 20.0 %`);
  console.log(`  clean segments flagged: any finding ${pct(flagged(segs, (s) => s.findings.length > 0))}, risk ≥ 50 % ${pct(flagged(segs, (s) => rank(s) >= 0.5))}`);
};
report('WMT held-out part (never trained on)', wmtHeld);

// The same figure on all 238 WMT segments, each third scored by a model fitted without it (same choices as above):
// less noisy than one held-out third, and still no segment scored by a model that saw its sentence.
const crossFitted = new Map<Labelled, number>();
for (let k = 0; k < 3; k++) {
  const inFold = (s: Labelled) => sentenceOf(s) % 3 === k;
  const foldWeights = weightsOf(fitModels([...own, ...perturb, ...wmt.filter((s) => !inFold(s))], l2), best);
  for (const s of wmt.filter(inFold)) crossFitted.set(s, riskOf(foldWeights)(s));
}
report('WMT, all sentences, each third scored by a model trained without it', wmt, (s) => crossFitted.get(s)!);

for (const [name, segs] of Object.entries(trainSets)) if (segs.length) report(`${name} (in sample)`, segs);
if (benchHeldOut) {
  const held = fromPerturbBench(perturbSplit('heldout'));
  calibration('Calibration of the finding probabilities, perturbation bench held-out split', predictions(held));
  for (const d of DIRECTIONS) report(`Perturbation bench held-out split ${d} (never trained on)`, held.filter((s) => s.id.startsWith(`${d}:`)));
}

console.log('\nLargest weights of the finding model:');
for (const [name, w] of Object.entries(models.findings.weights)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 15))
  console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(3)}  ${name}`);

const round = (m: LogisticModel): LogisticModel => ({
  bias: Number(m.bias.toFixed(6)),
  weights: Object.fromEntries(Object.entries(m.weights).map(([k, v]) => [k, Number(v.toFixed(6))])),
});
const shipped: RiskWeights = { ...weights, ...round(weights), segmentPrior: weights.segmentPrior && round(weights.segmentPrior) };
const text = JSON.stringify(shipped, null, 1) + '\n';
if (check) {
  const same = existsSync(weightsFile) && readFileSync(weightsFile, 'utf8') === text;
  console.log(same ? `\n${weightsFile} is what this script writes.` : `\n${weightsFile} differs from what this script writes: run it without --check.`);
  process.exitCode = same ? 0 : 1;
} else if (dryRun) console.log('\n--dry-run: weights not written');
else {
  writeFileSync(weightsFile, text);
  console.log(`\nWrote ${weightsFile}`);
}
