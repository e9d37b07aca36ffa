/** A probability as the review screen prints it: "72 %" (a finding's likely error, a segment's risk). */
export const percent = (p: number): string => `${Math.round(100 * p)} %`;
