/** Logistic regression over named sparse features: fitting by Newton's method (L2-regularised) and predicting. */

/** One example: named feature values (absent = 0) and whether it is a positive case. */
export interface Example {
  x: Readonly<Record<string, number>>;
  y: 0 | 1;
}

export interface LogisticModel {
  bias: number;
  weights: Record<string, number>;
}

export interface FitOptions {
  /** L2 penalty on the weights (not on the bias); keeps features seen a few times near 0. */
  l2: number;
  /** Newton steps at most; it converges in far fewer on these problems. */
  maxIterations?: number;
}

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

export function predict(model: LogisticModel, x: Readonly<Record<string, number>>): number {
  let z = model.bias;
  for (const [name, value] of Object.entries(x)) z += (model.weights[name] ?? 0) * value;
  return sigmoid(z);
}

/** Solves A·v = b in place by Gaussian elimination with partial pivoting (A is the small, positive-definite Hessian). */
function solve(a: number[][], b: number[]): number[] {
  const n = b.length;
  for (let col = 0; col < n; col++) {
    let pivot = col;
    for (let r = col + 1; r < n; r++) if (Math.abs(a[r]![col]!) > Math.abs(a[pivot]![col]!)) pivot = r;
    [a[col], a[pivot]] = [a[pivot]!, a[col]!];
    [b[col], b[pivot]] = [b[pivot]!, b[col]!];
    const d = a[col]![col]!;
    for (let r = col + 1; r < n; r++) {
      const f = a[r]![col]! / d;
      if (f === 0) continue;
      for (let c = col; c < n; c++) a[r]![c]! -= f * a[col]![c]!;
      b[r]! -= f * b[col]!;
    }
  }
  const v = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r]!;
    for (let c = r + 1; c < n; c++) s -= a[r]![c]! * v[c]!;
    v[r] = s / a[r]![r]!;
  }
  return v;
}

/**
 * Maximum-likelihood weights with an L2 penalty, by Newton's method from all zeros: no randomness, so the same
 * examples give the same model. Feature names are sorted, so the order of the examples does not matter either.
 */
export function fit(examples: readonly Example[], options: FitOptions): LogisticModel {
  const names = [...new Set(examples.flatMap((e) => Object.keys(e.x)))].sort();
  const index = new Map(names.map((n, i) => [n, i + 1]));
  const n = names.length + 1; // slot 0 is the bias
  const rows = examples.map((e) => Object.entries(e.x).map(([k, v]) => [index.get(k)!, v] as const).concat([[0, 1]]));
  let w = new Array<number>(n).fill(0);
  for (let iter = 0; iter < (options.maxIterations ?? 50); iter++) {
    const grad = w.map((wi, i) => (i === 0 ? 0 : options.l2 * wi));
    const hess = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j && i > 0 ? options.l2 : 0)));
    rows.forEach((row, k) => {
      const p = sigmoid(row.reduce((z, [i, v]) => z + w[i]! * v, 0));
      const r = p - examples[k]!.y;
      const s = p * (1 - p);
      for (const [i, vi] of row) {
        grad[i]! += r * vi;
        for (const [j, vj] of row) hess[i]![j]! += s * vi * vj;
      }
    });
    // A tiny ridge on the bias too, so a set of only positives (or negatives) still has a finite step.
    hess[0]![0]! += 1e-6;
    const step = solve(hess, grad);
    w = w.map((wi, i) => wi - step[i]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { bias: w[0]!, weights: Object.fromEntries(names.map((name, i) => [name, w[i + 1]!])) };
}
