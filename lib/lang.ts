/** Languages Lektorat works with: a source language and a target variant. */
import { z } from 'zod';

export const SOURCE_LANGS = ['de', 'en'] as const;
export type SourceLang = (typeof SOURCE_LANGS)[number];

/** Target variants; German sources go to English (US or GB), English sources go to German. */
export const TARGET_LANGS = ['en-US', 'en-GB', 'de'] as const;
export type TargetLang = (typeof TARGET_LANGS)[number];

/** The bare language of a target variant: 'en-GB' → 'en'. */
export type BaseLang = 'de' | 'en';
export function baseLang(lang: SourceLang | TargetLang): BaseLang {
  return lang.startsWith('en') ? 'en' : 'de';
}

export const sourceLangSchema = z.enum(SOURCE_LANGS, {
  error: () => `Unknown source language. Use one of: ${SOURCE_LANGS.join(', ')}.`,
});
export const targetLangSchema = z.enum(TARGET_LANGS, {
  error: () => `Unknown target language. Use one of: ${TARGET_LANGS.join(', ')}.`,
});

/** True when the pair is one Lektorat supports (DE→EN-US/EN-GB, EN→DE). */
export function isSupportedPair(source: SourceLang, target: TargetLang): boolean {
  return baseLang(source) !== baseLang(target);
}

export const LANG_LABEL: Record<SourceLang | TargetLang, string> = {
  de: 'German',
  en: 'English',
  'en-US': 'English (US)',
  'en-GB': 'English (UK)',
};
