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

/**
 * Finds the cheapest sequence of beads from (0, 0) to (n, m). Only cells within a band around the
 * diagonal are evaluated, so long documents stay fast; when the best path runs along the band's
 * edge the band was in the way, and it is doubled and the search repeated. On ties the earlier
 * bead in `beads` wins.
 */
export function cheapestPath(n: number, m: number, beads: readonly Bead[], cost: BeadCost): Step[] {
  // The counts' difference is how far a run of omissions can pull the path off the diagonal.
  let width = Math.abs(n - m) + 16;
  for (;;) {
    const { steps, offDiagonal } = bandedPath(n, m, beads, cost, width);
    if (offDiagonal < width - 2 || width >= Math.max(n, m)) return steps;
    width *= 2;
  }
}

function bandedPath(
  n: number, m: number, beads: readonly Bead[], cost: BeadCost, width: number,
): { steps: Step[]; offDiagonal: number } {
  const centre = (i: number): number => (n === 0 ? 0 : (i * m) / n);
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  const costs: Float64Array[] = [];
  const back: Uint8Array[] = [];
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(centre(i) - width));
    hi[i] = Math.min(m, Math.ceil(centre(i) + width));
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
  let offDiagonal = 0;
  let i = n;
  let j = m;
  if (at(i, j) === Infinity) throw new Error(`No alignment path reaches (${n}, ${m})`);
  while (i > 0 || j > 0) {
    offDiagonal = Math.max(offDiagonal, Math.abs(j - centre(i)));
    const bead = beads[back[i]![j - lo[i]!]!]!;
    steps.push({ sourceStart: i - bead.source, sourceEnd: i, targetStart: j - bead.target, targetEnd: j });
    i -= bead.source;
    j -= bead.target;
  }
  return { steps: steps.reverse(), offDiagonal };
}
