/**
 * Fits the risk model (lib/checks/risk) on the development sets and writes lib/checks/risk/weights.json; prints the
 * calibration and the ranking figure on the held-out part of the WMT set, which is never trained on.
 */
// Usage: npx tsx scripts/train-risk.ts [--dry-run]   (--dry-run prints the figures without writing the weights)
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocument, SEVERITY_WEIGHT } from '../lib/checks';
import { findingHits, parseDevSet, runChecks, type EvalSegment, type EvaluatedSegment } from '../lib/checks/eval';
import {
  brierScore,
  combineRisk,
  findingFeatures,
  fit,
  predict,
  reliabilityBins,
  segmentLength,
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

/** Penalties tried, by log loss in cross-validation over documents of the training part. */
const L2_GRID = [0.3, 1, 3, 10];
/** Length normalisations tried, by the ranking figure on the training part. */
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

const langs = (seg: EvaluatedSegment) => ({ ...seg.segment });

/** A finding's label: it touches a real gold error, of any category (how lib/checks/eval matches spans). */
function examples(segments: readonly EvaluatedSegment[]): (Example & { group: string })[] {
  return segments.flatMap((seg) =>
    seg.findings.map((f) => ({
      x: findingFeatures(f, seg.findings, langs(seg)),
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
const riskWith = (model: LogisticModel, alpha: number): Ranker => (seg) =>
  combineRisk(
    seg.findings.map((f) => predict(model, findingFeatures(f, seg.findings, langs(seg)))),
    segmentLength(seg.segment),
    { alpha, referenceLength: REFERENCE_LENGTH },
  );

const ranking = (segments: readonly EvaluatedSegment[], rank: Ranker) => shareInTop(segments.map((s) => ({ score: rank(s), positive: hasMajor(s) })));

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
  mean(
    Array.from({ length: FOLDS }, (_, k) => {
      const test = trainExamples.filter((e) => foldOf.get(e.group) === k);
      return test.length ? logLoss(fit(trainExamples.filter((e) => foldOf.get(e.group) !== k), { l2 }), test) * test.length : 0;
    }),
  ) * (FOLDS / trainExamples.length);
console.log('\nL2 penalty by cross-validated log loss (training part, folds by document):');
const losses = L2_GRID.map((l2) => ({ l2, loss: cvLoss(l2) }));
for (const { l2, loss } of losses) console.log(`  l2 ${String(l2).padEnd(4)} ${loss.toFixed(4)}`);
const l2 = losses.reduce((a, b) => (b.loss < a.loss ? b : a)).l2;
const model = fit(trainExamples, { l2 });

// The length normalisation: the ranking figure on each training set, averaged over the sets that have segments.
console.log('\nLength normalisation by the ranking figure on the training part (share of major-error segments in the riskiest 20 %):');
const alphas = ALPHA_GRID.map((alpha) => {
  const perSet = Object.values(trainSets)
    .filter((segs) => segs.some(hasMajor))
    .map((segs) => ranking(segs, riskWith(model, alpha)));
  return { alpha, score: mean(perSet), perSet };
});
for (const a of alphas) console.log(`  alpha ${String(a.alpha).padEnd(4)} mean ${pct(a.score)}  (${a.perSet.map(pct).join(', ')})`);
const alpha = alphas.reduce((a, b) => (b.score > a.score ? b : a)).alpha;
console.log(`Chosen: l2 ${l2}, alpha ${alpha}`);

const predictions = (segs: readonly EvaluatedSegment[]) => examples(segs).map((e) => ({ p: predict(model, e.x), y: e.y }));
calibration('Calibration, training part (in sample)', predictions(train));
calibration('Calibration, WMT held-out part', predictions(wmtHeld));

const risk = riskWith(model, alpha);
const flagged = (segs: readonly EvaluatedSegment[], test: (s: EvaluatedSegment) => boolean) => {
  const clean = segs.filter((s) => realErrors(s).length === 0);
  return clean.filter(test).length / clean.length;
};
const report = (name: string, segs: readonly EvaluatedSegment[]) => {
  console.log(`\n${name}: ${segs.length} segments, ${segs.filter(hasMajor).length} with a major error`);
  console.log(`  share of the major-error segments in the riskiest 20 %: risk ${pct(ranking(segs, risk))}, old severity sum ${pct(ranking(segs, severitySum))}, length ${pct(ranking(segs, byLength))}, random 20.0 %`);
  console.log(`  clean segments flagged: any finding ${pct(flagged(segs, (s) => s.findings.length > 0))}, risk ≥ 50 % ${pct(flagged(segs, (s) => risk(s) >= 0.5))}`);
};
report('WMT held-out part (never trained on)', wmtHeld);
report('WMT training part (in sample)', wmtTrain);
report('lektorat-deen.dev (in sample)', ownChecked);
if (perturbChecked.length) report('Perturbation bench dev split (in sample)', perturbChecked);

console.log('\nLargest weights:');
for (const [name, w] of Object.entries(model.weights)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]))
  .slice(0, 15))
  console.log(`  ${w >= 0 ? '+' : ''}${w.toFixed(3)}  ${name}`);

const weights: RiskWeights = {
  bias: model.bias,
  weights: Object.fromEntries(Object.entries(model.weights).map(([k, v]) => [k, Number(v.toFixed(6))])),
  lengthNormalisation: { alpha, referenceLength: REFERENCE_LENGTH },
  trainedOn: {
    script: 'scripts/train-risk.ts',
    sets: Object.fromEntries(Object.entries(trainSets).map(([name, segs]) => [name, { segments: segs.length, findings: examples(segs).length }])),
    heldOut: 'wmt-mqm-ende.dev sentences 3, 6, 9, 12, 15 (all systems)',
    label: 'the finding touches a gold error span (not neutral), of any category',
    l2,
  },
};
if (dryRun) console.log('\n--dry-run: weights not written');
else {
  writeFileSync(weightsFile, JSON.stringify(weights, null, 1) + '\n');
  console.log(`\nWrote ${weightsFile}`);
}

