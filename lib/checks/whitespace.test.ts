import { describe, expect, it } from 'vitest';
import type { CheckContext } from './types';
import { whitespaceCheck } from './whitespace';

const ctx: CheckContext = { sourceLang: 'de', targetLang: 'en', glossary: [] };
const check = (source: string, target: string) => whitespaceCheck({ id: 1, paragraph: 0, source, target }, ctx);

describe('whitespace check', () => {
  it('flags a final line break the translation lost, as major, with a fix that restores it', () => {
    const [f, ...rest] = check('Datei nicht gefunden\n', 'File not found');
    expect(rest).toEqual([]);
    expect(f).toMatchObject({ rule: 'whitespace.ends', severity: 'major', side: 'target', targetSpans: [{ start: 13, end: 14 }] });
    expect(f!.message).toBe('The source ends with a line break, the translation with nothing (msgfmt --check refuses a line break at one end only).');
    const target = 'File not found';
    const fixed = target.slice(0, f!.fix!.span.start) + f!.fix!.replacement + target.slice(f!.fix!.span.end);
    expect(fixed).toBe('File not found\n');
    expect(check('Datei nicht gefunden\n', fixed)).toEqual([]);
  });

  it('flags leading spaces that differ as minor and marks the translation’s own', () => {
    const [f] = check('Zeile', '  Line');
    expect(f).toMatchObject({ rule: 'whitespace.ends', severity: 'minor', targetSpans: [{ start: 0, end: 2 }] });
    expect(f!.message).toBe('The source starts with nothing, the translation with 2 spaces.');
    expect(f!.fix!.replacement).toBe('');
  });

  it('counts line breaks inside the text apart from those at the ends', () => {
    expect(check('a\nb\nc\n', 'a b\nc\n').map((f) => f.rule)).toEqual(['whitespace.line-breaks']);
    expect(check('a\nb\n', 'a\nb\n')).toEqual([]);
  });

  it('is silent on untranslated segments and on trimmed prose', () => {
    expect(check('Datei\n', '')).toEqual([]);
    expect(check('Der Rat tagte.', 'The council met.')).toEqual([]);
  });
});
