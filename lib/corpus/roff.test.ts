import { describe, expect, it } from 'vitest';
import { macroArgs, roffToSections, unescapeRoff } from './roff';

describe('unescapeRoff', () => {
  it('drops font changes and zero-width escapes, keeping the words', () => {
    expect(unescapeRoff(String.raw`\fBls\fP [\fI\,OPTION\/\fR]… \f(CWcode\fP \f[CR]x\f[] Kurz\-\&form`)).toBe('ls [OPTION]… code x Kurz-form');
  });
  it('turns named glyphs, Unicode escapes and quote strings into characters', () => {
    expect(unescapeRoff(String.raw`a \(em b \[en] \(aqx\(aq \*(lqq\*(rq \[u00E4] \*(C'y\*(C' \(bu`)).toBe(`a — b – 'x' “q” ä "y" •`);
  });
  it('drops motions, colours, size changes and footnote marks', () => {
    expect(unescapeRoff(String.raw`\h'-04'\m[blue]\fBLink\fR\m[]\&\s-2\u[1]\d\s+2 text`)).toBe('Link text');
  });
  it('ends the line at an in-line comment', () => {
    expect(unescapeRoff(String.raw`some text \" a comment`)).toBe('some text');
  });
  it('leaves an unknown escape visible as a backslash, so the pair can be filtered out', () => {
    expect(unescapeRoff(String.raw`value \n[reg] here \(zz`)).toBe(String.raw`value \n[reg] here \(zz`);
  });
});

describe('macroArgs', () => {
  it('splits by spaces and groups double-quoted arguments', () => {
    expect(macroArgs(String.raw`open (2) "two words" "say ""hi""" a\ b`)).toEqual(['open', '(2)', 'two words', 'say "hi"', String.raw`a\ b`]);
  });
});

describe('roffToSections', () => {
  const page = [
    String.raw`.\" a comment`,
    '.TH LS 1 "2022" "coreutils"',
    '.SH NAME',
    String.raw`ls \- list directory contents`,
    '.SH DESCRIPTION',
    '.PP',
    'List information about the FILEs',
    String.raw`(the current directory by default).`,
    '.B Sort',
    'entries alphabetically; see',
    '.BR dir (1)',
    'too.',
    '.TP',
    String.raw`\fB\-a\fR, \fB\-\-all\fR`,
    'do not ignore entries starting with .',
    '.nf',
    'ls -l /tmp',
    '.fi',
    'After the example.',
    '',
    'After a blank line.',
    '.ie n \\{\\',
    "\\h'-04'\\(bu\\h'+03'\\c",
    '.\\}',
    '.el \\{\\',
    '.IP \\(bu 2.3',
    '.\\}',
    'A bullet item.',
    '.SS Links',
    'See the',
    '.UR https://example.org',
    'project page',
    '.UE .',
  ].join('\n');

  it('gives each section its paragraphs: font macros inline, paragraph macros and blank lines as breaks', () => {
    expect(roffToSections(page)).toEqual([
      { heading: 'NAME', paragraphs: ['ls - list directory contents'] },
      {
        heading: 'DESCRIPTION',
        paragraphs: [
          'List information about the FILEs (the current directory by default). Sort entries alphabetically; see dir(1) too.',
          '-a, --all',
          'do not ignore entries starting with .',
          'After the example.',
          'After a blank line.',
          '•',
          'A bullet item.',
          'See the project page.',
        ],
      },
    ]);
  });

  it('joins a line ending in \\c with the next one', () => {
    expect(roffToSections('.SH A\nfoo\\c\nbar baz')).toEqual([{ heading: 'A', paragraphs: ['foobar baz'] }]);
  });

  it('drops macro definitions and tables', () => {
    expect(roffToSections('.de XX\nnot text\n..\n.SH A\n.TS\nl l.\ncell\tcell\n.TE\nprose')).toEqual([{ heading: 'A', paragraphs: ['prose'] }]);
  });

  it('tells redirects and mdoc pages apart from pages it reads', () => {
    expect(roffToSections('.so man1/other.1\n')).toBe('redirect');
    expect(roffToSections('.Dd March 2020\n.Dt LS 1\n.Sh NAME\n')).toBe('mdoc');
  });
});
