/** The cheapest monotone alignment of two sequences joined by beads (1-1, 2-1, 1-0, …): a banded dynamic programme. */

/** How many items a bead takes from each side. */
export interface Bead {
  source: number;
  target: number;
}

/** One bead of the chosen path: source items [sourceStart, sourceEnd), target items [targetStart, targetEnd). */
export interface Step {
  sourceStart: number;
  sourceEnd: number;
  targetStart: number;
  targetEnd: number;
}

/**
 * Cost of the bead covering source [i0, i1) and target [j0, j1); lower is better. A cost known to
 * be at least `bound` may be returned early as any value ≥ `bound`: the bead would not be chosen.
 */
export type BeadCost = (i0: number, i1: number, j0: number, j1: number, bound: number) => number;

/** Half-width of the band around the diagonal; wide enough for any run of omissions the counts allow. */
function bandWidth(n: number, m: number): number {
  return Math.max(64, 2 * Math.abs(n - m) + 20);
}

/**
 * Finds the cheapest sequence of beads from (0, 0) to (n, m). Only cells near the diagonal are
 * evaluated so that long documents stay linear in practice; on ties the earlier bead in `beads` wins.
 */
export function cheapestPath(n: number, m: number, beads: readonly Bead[], cost: BeadCost): Step[] {
  const width = bandWidth(n, m);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const costs: Float64Array[] = [];
  const back: Uint8Array[] = [];
  for (let i = 0; i <= n; i++) {
    const centre = n === 0 ? 0 : (i * m) / n;
    lo[i] = Math.max(0, Math.floor(centre - width));
    hi[i] = Math.min(m, Math.ceil(centre + width));
    costs.push(new Float64Array(hi[i]! - lo[i]! + 1).fill(Infinity));
    back.push(new Uint8Array(hi[i]! - lo[i]! + 1));
  }
  const at = (i: number, j: number): number =>
    j < lo[i]! || j > hi[i]! ? Infinity : costs[i]![j - lo[i]!]!;

  costs[0]![0] = 0;
  for (let i = 0; i <= n; i++) {
    const row = costs[i]!;
    const rowBack = back[i]!;
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let bestBead = 0;
      for (let b = 0; b < beads.length; b++) {
        const bead = beads[b]!;
        const pi = i - bead.source;
        const pj = j - bead.target;
        if (pi < 0 || pj < 0) continue;
        const before = at(pi, pj);
        if (before === Infinity) continue;
        const total = before + cost(pi, i, pj, j, best - before);
        if (total < best) {
          best = total;
          bestBead = b;
        }
      }
      row[j - lo[i]!] = best;
      rowBack[j - lo[i]!] = bestBead;
    }
  }

  const steps: Step[] = [];
  let i = n;
  let j = m;
  if (at(i, j) === Infinity) throw new Error(`No alignment path reaches (${n}, ${m})`);
  while (i > 0 || j > 0) {
    const bead = beads[back[i]![j - lo[i]!]!]!;
    steps.push({ sourceStart: i - bead.source, sourceEnd: i, targetStart: j - bead.target, targetEnd: j });
    i -= bead.source;
    j -= bead.target;
  }
  return steps.reverse();
}
