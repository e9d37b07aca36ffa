/** How a pair shows several sentences as one text. */

/** Joins the non-empty parts with a single space. */
export function joinText(...parts: string[]): string {
  return parts.map((p) => p.trim()).filter((p) => p !== '').join(' ');
}
