/** How the statistics pages write figures: shares as percentages, missing figures as a dash. */
export const percent = (v: number | null) => (v === null ? '—' : `${(v * 100).toLocaleString('en-GB', { maximumFractionDigits: 1 })} %`);
export const decimal = (v: number | null, digits = 1) => (v === null ? '—' : v.toLocaleString('en-GB', { maximumFractionDigits: digits }));
