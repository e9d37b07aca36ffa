/** Safe download names for exports: ASCII, lower-case title, language and extension. */

const MAX_LENGTH = 80;
const TRANSLITERATION: Record<string, string> = {
  ä: 'ae', ö: 'oe', ü: 'ue', Ä: 'Ae', Ö: 'Oe', Ü: 'Ue', ß: 'ss', ẞ: 'SS',
  æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ø: 'o', Ø: 'O', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', þ: 'th', Þ: 'Th',
};
// Windows refuses these as file names even with an extension ("con.en-US.md").
const RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)$/;

/**
 * "Xiaomi bestätigt die Partnerschaft", "en-US", "md" →
 * "xiaomi-bestaetigt-die-partnerschaft.en-US.md"; at most 80 characters in all.
 */
export function exportFileName(title: string, lang: string, ext: string): string {
  const suffix = [lang, ext]
    .map((part) => part.replace(/^\.+/, '').replace(/[^A-Za-z0-9-]+/g, ''))
    .filter(Boolean)
    .map((part) => `.${part}`)
    .join('');
  let stem = slug(title).slice(0, Math.max(1, MAX_LENGTH - suffix.length));
  // Cut at a word boundary when the title was too long, and never leave a trailing hyphen.
  if (slug(title).length > stem.length && stem.includes('-')) stem = stem.slice(0, stem.lastIndexOf('-'));
  stem = stem.replace(/-+$/, '');
  if (!stem) stem = 'document';
  if (RESERVED.test(stem)) stem = `${stem}-document`;
  return `${stem}${suffix}`;
}

function slug(text: string): string {
  return text
    .normalize('NFC') // a decomposed ä must be transliterated too
    .replace(/[äöüÄÖÜßẞæÆœŒøØłŁđĐþÞ]/g, (ch) => TRANSLITERATION[ch] ?? ch)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '') // é → e once the accent is a separate mark
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
