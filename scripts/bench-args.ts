/** What the benchmark scripts share: whole-number options from the command line and nearest-rank quantiles. */

/** The whole number after `name` on the command line (`--limit 500`), or `fallback` when it is not given. */
export function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} takes a whole number ≥ 1`);
  return value;
}

/** The value below which `q` of the sorted values lie (nearest rank). */
export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
}
