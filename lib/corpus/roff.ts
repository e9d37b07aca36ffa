/**
 * Turns a man page's roff source (man macros, as manpages and manpages-de ship them) into plain-text
 * paragraphs grouped by section, keeping the order of the source so a page and its translation line up.
 */

/** One `.SH` section of a page: its heading and its paragraphs of running text, in order. */
export interface RoffSection {
  heading: string;
  paragraphs: string[];
}

/** Why a page gives no sections: a `.so` redirect to another page, or mdoc macros this reader does not handle. */
export type RoffSkip = 'redirect' | 'mdoc';

// Named glyphs (\(xx, \[xx]) and the strings pages define for quotes (\*(xx, \*[xx]) that occur in the
// installed pages; an unknown one is left as a backslash so the pair is filtered out, never guessed.
const GLYPHS: Record<string, string> = {
  em: '—', en: '–', hy: '-', mi: '-', aq: "'", dq: '"', lq: '“', rq: '”', oq: '‘', cq: '’', Bq: '„', bq: '‚',
  Fo: '«', Fc: '»', fo: '‹', fc: '›', bu: '•', co: '©', rg: '®', tm: '™', mu: '×', di: '÷', '<=': '≤', '>=': '≥',
  '!=': '≠', '+-': '±', ti: '~', ha: '^', ga: '`', ul: '_', rs: '\\', sl: '/', ba: '|', br: '|', ci: '○',
  de: '°', dg: '†', sc: '§', ps: '¶', ct: '¢', Eu: '€', eu: '€', Po: '£', '->': '→', '<-': '←', '==': '≡',
  ss: 'ß', ':a': 'ä', ':o': 'ö', ':u': 'ü', ':A': 'Ä', ':O': 'Ö', ':U': 'Ü', "'e": 'é', '`e': 'è', "'a": 'á',
  '`a': 'à', '^a': 'â', '^e': 'ê', ',c': 'ç', '~n': 'ñ', pc: '·', lh: '☜', rh: '☞', OK: '✓', sq: '□',
};
const STRINGS: Record<string, string> = {
  Aq: "'", 'C`': '"', "C'": '"', 'L"': '“', 'R"': '”', '--': '—', lq: '“', rq: '”', '``': '“', "''": '”',
  R: '®', Tm: '™', PI: 'π', Em: '—', Lq: '“', Rq: '”',
};

/** Macros whose arguments are running text in one font; their words join the current paragraph. */
const INLINE = new Set(['B', 'I', 'SM', 'SB', 'R']);
/** Alternating-font macros: their arguments are glued together without spaces ("\.BR open (2)" → "open(2)"). */
const ALTERNATING = new Set(['BR', 'RB', 'IR', 'RI', 'BI', 'IB']);
/** Blocks of displayed material (code, tables, equations, pictures): dropped with a paragraph break. */
const DISPLAY_END: Record<string, string> = { nf: 'fi', EX: 'EE', TS: 'TE', EQ: 'EN', PS: 'PE', ig: '.', de: '.', am: '.' };
/** Requests and macros that hold no text and change nothing in the paragraph structure. */
const SILENT = new Set(['ft', 'ps', 'ad', 'na', 'hy', 'nh', 'ne', 'PD', 'ds', 'nr', 'tr', 'so', 'ss', 'cs',
  'bd', 'ta', 'ul', 'cu', 'hw', 'mso', 'lf', 'ev', 'ce', 'ns', 'rs', 'pc', 'fam', 'll', 'lt', 'pl', 'TH']);

/** Splits a macro's argument string as roff does: by spaces, with "double quotes" grouping (and "" for a quote). */
export function macroArgs(rest: string): string[] {
  const args: string[] = [];
  let i = 0;
  while (i < rest.length) {
    while (rest[i] === ' ' || rest[i] === '\t') i++;
    if (i >= rest.length) break;
    let arg = '';
    if (rest[i] === '"') {
      i++;
      while (i < rest.length) {
        if (rest[i] === '"') {
          if (rest[i + 1] === '"') {
            arg += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        arg += rest[i++];
      }
    } else {
      while (i < rest.length && rest[i] !== ' ' && rest[i] !== '\t') {
        // An escaped space belongs to the argument.
        if (rest[i] === '\\' && i + 1 < rest.length) {
          arg += rest.slice(i, i + 2);
          i += 2;
          continue;
        }
        arg += rest[i++];
      }
    }
    args.push(arg);
  }
  return args;
}

/** Resolves roff escapes in one line of text: fonts and spacing vanish, glyphs become characters, `\-` a hyphen. */
export function unescapeRoff(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = text[i + 1];
    if (next === undefined) break;
    i++;
    switch (next) {
      case '"':
        return out.trimEnd();
      case 'f': {
        // \fB, \f(CW, \f[CR]
        if (text[i + 1] === '(') i += 3;
        else if (text[i + 1] === '[') i = text.indexOf(']', i) < 0 ? text.length : text.indexOf(']', i);
        else i += 1;
        break;
      }
      case 's': {
        // \s+1, \s-2, \s0, \s(12, \s[12]
        const m = /^s(?:[+-]?\d|\(\d\d|\[[^\]]*\]|[+-]\(\d\d)/.exec(text.slice(i));
        i += m ? m[0].length - 1 : 0;
        break;
      }
      case '(': {
        const name = text.slice(i + 1, i + 3);
        i += 2;
        out += GLYPHS[name] ?? `\\(${name}`;
        break;
      }
      case '[': {
        const end = text.indexOf(']', i);
        const name = end < 0 ? text.slice(i + 1) : text.slice(i + 1, end);
        i = end < 0 ? text.length : end;
        const unicode = /^u([0-9A-F]{4,6})$/.exec(name);
        out += unicode ? String.fromCodePoint(parseInt(unicode[1]!, 16)) : (GLYPHS[name] ?? `\\[${name}]`);
        break;
      }
      case '*': {
        let name: string;
        if (text[i + 1] === '(') {
          name = text.slice(i + 2, i + 4);
          i += 3;
        } else if (text[i + 1] === '[') {
          const end = text.indexOf(']', i);
          name = end < 0 ? text.slice(i + 2) : text.slice(i + 2, end);
          i = end < 0 ? text.length : end;
        } else {
          name = text[i + 1] ?? '';
          i += 1;
        }
        out += STRINGS[name] ?? `\\*[${name}]`;
        break;
      }
      case 'h':
      case 'v':
      case 'w':
      case 'X': {
        // Motions, widths and device controls with a delimited argument (\h'-04'): no text.
        const delimiter = text[i + 1];
        const end = delimiter === undefined ? -1 : text.indexOf(delimiter, i + 2);
        if (end < 0) out += `\\${next}`;
        else i = end;
        break;
      }
      case 'm':
      case 'M': {
        // Colours (\m[blue] … \m[]), set by DocBook's pages around links.
        if (text[i + 1] === '[') i = text.indexOf(']', i) < 0 ? text.length : text.indexOf(']', i);
        else if (text[i + 1] === '(') i += 3;
        else i += 1;
        break;
      }
      case 'u': {
        // Raised text up to \d is a footnote mark ("[1]"), not part of the sentence.
        const end = text.indexOf('\\d', i);
        if (end >= 0) i = end + 1;
        break;
      }
      case '{':
      case '}':
      case 'd':
        break;
      case '-':
        out += '-';
        break;
      case 'e':
      case '\\':
        out += '\\';
        break;
      case ' ':
      case '~':
      case '0':
        out += ' ';
        break;
      case '.':
        out += '.';
        break;
      case "'":
        out += '´';
        break;
      case '`':
        out += '`';
        break;
      // Zero-width: italic corrections, break points, non-printing marks, thin spaces, hyphenation marks.
      case ',':
      case '/':
      case '&':
      case '%':
      case ':':
      case '^':
      case '|':
      case ')':
      case 'c':
        break;
      default:
        // Anything else (\h'…', \w'…', \n(xx, \X'…') is kept so the text shows a leftover and is filtered out.
        out += `\\${next}`;
    }
  }
  return out;
}

/**
 * The sections of a man page as plain paragraphs. Paragraph macros (.PP .TP .IP .SS …), blank lines and line
 * breaks end a paragraph; a `.TP` tag is a paragraph of its own; font macros join the running text;
 * comments, display blocks (.nf/.EX/.TS …) and headings are dropped.
 */
export function roffToSections(source: string): RoffSection[] | RoffSkip {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  if (lines.some((l) => /^\.Dd\b|^\.Sh\b/.test(l))) return 'mdoc';
  if (lines.some((l) => /^\.so\s/.test(l)) && !lines.some((l) => /^\.SH\b/.test(l))) return 'redirect';
  const sections: RoffSection[] = [];
  let section: RoffSection | undefined;
  let words: string[] = [];
  // Text before the first .SH (rare) opens an unnamed section.
  const flush = () => {
    const text = words.join(' ').replace(/\s+/g, ' ').trim();
    words = [];
    if (text === '') return;
    if (!section) sections.push((section = { heading: '', paragraphs: [] }));
    section.paragraphs.push(text);
  };
  // Set by .TP: the next line of text is the tag, its own paragraph.
  let tagPending = false;
  // Set by \c at a line's end: the next line continues the same word.
  let glue = false;
  const addText = (text: string) => {
    const joined = text.endsWith('\\c') ? text.slice(0, -2) : text;
    const plain = unescapeRoff(joined);
    if (glue && words.length > 0) words[words.length - 1] += plain;
    else words.push(plain);
    glue = joined !== text;
    if (tagPending) {
      flush();
      tagPending = false;
    }
  };

  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    // Comments, empty requests, and the braces that close conditional blocks (.\}).
    if (/^[.']\s*(?:\\"|\\[{}]|$)/.test(line)) continue;
    if (/^\s*$/.test(line)) {
      flush();
      continue;
    }
    const control = /^[.']\s*([^\s\\]+)\s*(.*)$/.exec(line);
    if (!control) {
      addText(line);
      continue;
    }
    const [, name, rest] = control as unknown as [string, string, string];
    const end = DISPLAY_END[name];
    if (end) {
      flush();
      const closing = end === '.' ? /^\.\.\s*$/ : new RegExp(`^[.']\\s*${end}\\b`);
      while (n + 1 < lines.length && !closing.test(lines[n + 1]!)) n++;
      n++;
      continue;
    }
    if (name === 'SH') {
      flush();
      tagPending = false;
      const heading = unescapeRoff(macroArgs(rest).join(' ')) || unescapeRoff(lines[++n] ?? '');
      sections.push((section = { heading: heading.trim(), paragraphs: [] }));
      continue;
    }
    if (name === 'SS') {
      flush();
      tagPending = false;
      if (rest.trim() === '') n++;
      continue;
    }
    if (INLINE.has(name) || ALTERNATING.has(name)) {
      const args = macroArgs(rest);
      // Without arguments the macro sets the font of the next line, which is then ordinary text.
      if (args.length > 0) addText(args.join(ALTERNATING.has(name) ? '' : ' '));
      continue;
    }
    if (name === 'UR' || name === 'MT') {
      // The link text follows up to .UE/.ME; the address itself is not prose.
      continue;
    }
    if (name === 'UE' || name === 'ME') {
      // The argument is the punctuation right after the link text: "… Library\n.UE ," reads "… Library,".
      glue = true;
      const after = macroArgs(rest).join('');
      if (after !== '') addText(after);
      glue = false;
      continue;
    }
    if (SILENT.has(name)) continue;
    flush();
    tagPending = name === 'TP' || name === 'TQ';
  }
  flush();
  return sections;
}
