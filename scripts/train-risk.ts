/**
 * Fits the risk model (lib/checks/risk) on the development sets and writes lib/checks/risk/weights.json; prints the
 * calibration and the ranking figure on the held-out part of the WMT set, which is never trained on.
 */
// Usage: npx tsx scripts/train-risk.ts [--dry-run | --check]
//   --dry-run prints the figures without writing the weights; --check exits 1 when the committed weights differ.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument, SEVERITY_WEIGHT } from '../lib/checks';
import { findingHits, parseDevSet, runChecks, type EvalSegment, type EvaluatedSegment } from '../lib/checks/eval';
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
  type RiskWeights,
} from '../lib/checks/risk';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const evalDir = join(root, 'data', 'eval');
const weightsFile = join(root, 'lib', 'checks', 'risk', 'weights.json');
const dryRun = process.argv.includes('--dry-run');
const check = process.argv.includes('--check');

/** Penalties tried, by log loss in cross-validation over documents of the training part. */
const L2_GRID = [0.3, 1, 3, 10];
/** Length normalisations tried (with and without the segment prior), by the ranking figure on the training part. */
const ALPHA_GRID = [0, 0.25, 0.5, 0.75, 1];
const REFERENCE_LENGTH = 100;
const FOLDS = 5;

// ---------------------------------------------------------------------------------------------- the data and its split

const readSet = (file: string) => parseDevSet(readFileSync(join(evalDir, file), 'utf8'));

/**
 * The WMT set's held-out part: every third source sentence (ted/talk.1/<system>/3, /6, …), all 14 systems'
 * translations of it. A split by sentence, so no translation of a held-out sentence is seen in training.
 */
const isWmtHeldOut = (s: EvalSegment) => Number(s.id.split('/').pop()) % 3 === 0;

/** The perturbation bench's dev split (data/eval/perturb/*.jsonl, `split: "dev"`), when it is there. */
function perturbDev(): EvalSegment[] {
  const dir = join(evalDir, 'perturb');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.jsonl'))
    .sort()
    .flatMap((f) => {
      const lines = readFileSync(join(dir, f), 'utf8').split('\n').filter((l) => l.trim() !== '');
      return parseDevSet(lines.filter((l) => (JSON.parse(l) as { split?: string }).split === 'dev').join('\n'));
    });
}

/** A gold error a reviewer would act on; 'neutral' marks are not errors. */
const realErrors = (seg: EvaluatedSegment) => seg.gold.filter((g) => g.severity !== 'neutral');
const hasMajor = (seg: EvaluatedSegment) => seg.gold.some((g) => g.severity === 'major' || g.severity === 'critical');

/** A finding's label: it touches a real gold error, of any category (how lib/checks/eval matches spans). */
function examples(segments: readonly EvaluatedSegment[]): (Example & { group: string })[] {
  return segments.flatMap((seg) =>
    seg.findings.map((f) => ({
      x: findingFeatures(f, seg.findings, seg.segment),
      y: findingHits(f, realErrors(seg)).anyCategory ? (1 as const) : (0 as const),
      group: seg.segment.doc,
    })),
  );
}

// ------------------------------------------------------------------------------------------------------------ figures

const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function logLoss(model: LogisticModel, data: readonly Example[]): number {
  return mean(data.map((e) => -Math.log(Math.min(1 - 1e-12, Math.max(1e-12, e.y ? predict(model, e.x) : 1 - predict(model, e.x))))));
}

function calibration(label: string, outcomes: readonly Outcome[]): void {
  const base = outcomes.reduce((n, o) => n + o.y, 0) / outcomes.length;
  console.log(`\n${label}: ${outcomes.length} findings, ${pct(base)} real; Brier ${brierScore(outcomes).toFixed(4)} (predicting ${pct(base)} for all: ${(base * (1 - base)).toFixed(4)})`);
  console.log('  decile    n  predicted  observed');
  reliabilityBins(outcomes).forEach((b, i) => console.log(`  ${String(i + 1).padStart(6)} ${String(b.n).padStart(4)}   ${pct(b.predicted).padStart(7)}   ${pct(b.observed).padStart(7)}`));
}

type Ranker = (seg: EvaluatedSegment) => number;

const severitySum: Ranker = (seg) => seg.findings.reduce((s, f) => s + SEVERITY_WEIGHT[f.severity], 0);
const byLength: Ranker = (seg) => segmentLength(seg.segment);
const riskOf = (weights: RiskWeights): Ranker => (seg) => segmentRisk(scoreFindings(seg.findings, seg.segment, weights), seg.segment, weights);

const ranking = (segments: readonly EvaluatedSegment[], rank: Ranker) => shareInTop(segments.map((s) => ({ score: rank(s), positive: hasMajor(s) })));

/** The finding model and the segment prior (label: the segment holds a real error), both with penalty l2. */
function fitModels(segments: readonly EvaluatedSegment[], l2: number): { findings: LogisticModel; prior: LogisticModel } {
  const priorExamples = segments.map((seg): Example => ({ x: segmentFeatures(seg.segment), y: realErrors(seg).length > 0 ? 1 : 0 }));
  return { findings: fit(examples(segments), { l2 }), prior: fit(priorExamples, { l2 }) };
}

const weightsOf = (models: ReturnType<typeof fitModels>, choice: { alpha: number; prior: boolean }, trainedOn: Record<string, unknown> = {}): RiskWeights => ({
  ...models.findings,
  segmentPrior: choice.prior ? models.prior : null,
  lengthNormalisation: { alpha: choice.alpha, referenceLength: REFERENCE_LENGTH },
  trainedOn,
});

// --------------------------------------------------------------------------------------------------------------- main

const own = readSet('lektorat-deen.dev.jsonl');
const wmt = readSet('wmt-mqm-ende.dev.jsonl');
const perturb = perturbDev();
console.log('Running the checks over the development sets…');
// Whole documents, as the app checks them; the split is applied to the checked segments.
const ownChecked = runChecks(own, checkDocument);
const wmtChecked = runChecks(wmt, checkDocument);
const perturbChecked = runChecks(perturb, checkDocument);
const wmtTrain = wmtChecked.filter((s) => !isWmtHeldOut(s.segment));
const wmtHeld = wmtChecked.filter((s) => isWmtHeldOut(s.segment));
const trainSets = { 'lektorat-deen.dev': ownChecked, 'wmt-mqm-ende.dev (train part)': wmtTrain, 'perturbation bench (dev split)': perturbChecked };
const train = Object.values(trainSets).flat();
const trainExamples = examples(train);
console.log(
  Object.entries(trainSets)
    .map(([name, segs]) => `  ${name}: ${segs.length} segments, ${examples(segs).length} findings`)
    .join('\n'),
);
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
      .filter((segs) => segs.some(hasMajor))
      .map((segs) => ranking(segs, riskOf(weightsOf(models, { alpha, prior }))));
    return { alpha, prior, score: mean(perSet), perSet };
  }),
);
for (const f of forms) console.log(`  ${f.prior ? 'with   ' : 'without'} length prior, alpha ${String(f.alpha).padEnd(4)} mean ${pct(f.score)}  (${f.perSet.map(pct).join(', ')})`);
// Ties go to the simpler form: no prior, then the smaller alpha.
const best = forms.reduce((a, b) => (b.score > a.score + 1e-9 ? b : a));
console.log(`Chosen: l2 ${l2}, ${best.prior ? 'with' : 'without'} the length prior, alpha ${best.alpha}`);

const weights = weightsOf(models, best, {
  script: 'scripts/train-risk.ts',
  sets: Object.fromEntries(Object.entries(trainSets).map(([name, segs]) => [name, { segments: segs.length, findings: examples(segs).length }])),
  heldOut: 'wmt-mqm-ende.dev sentences 3, 6, 9, 12, 15 (all systems)',
  label: 'a finding: it touches a gold error span (not neutral) of any category; the prior: the segment holds one',
  l2,
});
const predictions = (segs: readonly EvaluatedSegment[]): Outcome[] => examples(segs).map((e) => ({ p: predict(models.findings, e.x), y: e.y }));
calibration('Calibration of the finding probabilities, training part (in sample)', predictions(train));
calibration('Calibration of the finding probabilities, WMT held-out part', predictions(wmtHeld));

const risk = riskOf(weights);
const flagged = (segs: readonly EvaluatedSegment[], test: (s: EvaluatedSegment) => boolean) => {
  const clean = segs.filter((s) => realErrors(s).length === 0);
  return clean.filter(test).length / clean.length;
};
const report = (name: string, segs: readonly EvaluatedSegment[], rank: Ranker = risk) => {
  console.log(`\n${name}: ${segs.length} segments, ${segs.filter(hasMajor).length} with a major error`);
  console.log(`  share of the major-error segments in the riskiest 20 %: risk ${pct(ranking(segs, rank))}, old severity sum ${pct(ranking(segs, severitySum))}, length ${pct(ranking(segs, byLength))}, random 20.0 %`);
  console.log(`  clean segments flagged: any finding ${pct(flagged(segs, (s) => s.findings.length > 0))}, risk ≥ 50 % ${pct(flagged(segs, (s) => rank(s) >= 0.5))}`);
};
report('WMT held-out part (never trained on)', wmtHeld);

// The same figure on all 238 WMT segments, each third scored by a model fitted without it (same choices as above):
// less noisy than one held-out third, and still no segment scored by a model that saw its sentence.
const crossFitted = new Map<EvaluatedSegment, number>();
for (let k = 0; k < 3; k++) {
  const inFold = (s: EvaluatedSegment) => Number(s.segment.id.split('/').pop()) % 3 === k;
  const foldWeights = weightsOf(fitModels([...ownChecked, ...perturbChecked, ...wmtChecked.filter((s) => !inFold(s))], l2), best);
  for (const s of wmtChecked.filter(inFold)) crossFitted.set(s, riskOf(foldWeights)(s));
}
report('WMT, all sentences, each third scored by a model trained without it', wmtChecked, (s) => crossFitted.get(s)!);

report('WMT training part (in sample)', wmtTrain);
report('lektorat-deen.dev (in sample)', ownChecked);
if (perturbChecked.length) report('Perturbation bench dev split (in sample)', perturbChecked);

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
