/** Bold and italic in Markdown segments: found where Markdown shows them, and kept by a translation. */
import { describe, expect, it } from 'vitest';
import { emphasisProblem, emphasisSpans } from './emphasis';

const shown = (text: string) => emphasisSpans(text).map((s) => `${s.kind}:${text.slice(s.start + s.marker, s.end - s.marker)}`);

describe('emphasisSpans', () => {
  it('finds bold and italic with either marker, nested too', () => {
    expect(shown('Die Prüfung ist **vollständig** und *schnell*.')).toEqual(['strong:vollständig', 'em:schnell']);
    expect(shown('__fett__ und _kursiv_')).toEqual(['strong:fett', 'em:kursiv']);
    expect(shown('**fett mit *kursiv* darin**')).toEqual(['strong:fett mit *kursiv* darin', 'em:kursiv']);
  });

  it('leaves gender stars, snake_case, arithmetic, escapes and code alone', () => {
    expect(shown('Mitarbeiter*innen und Kund*innen')).toEqual([]);
    expect(shown('Set max_retry_count to 5 * 3 * 2.')).toEqual([]);
    expect(shown(String.raw`Ein \*Stern\* und \*\*zwei\*\*`)).toEqual([]);
    expect(shown('Run `**not bold**` here')).toEqual([]);
    expect(shown('** nicht fett **')).toEqual([]);
  });
});

describe('emphasisProblem', () => {
  const source = 'Die Prüfung ist **vollständig** und *schnell*.';

  it('accepts a translation that keeps the bold and the italic, wherever they moved', () => {
    expect(emphasisProblem('The check is **complete** and *fast*.', source)).toBeNull();
    expect(emphasisProblem('*Fast* and **complete** is the check.', source)).toBeNull();
    expect(emphasisProblem('Plain text.', 'Reiner Text.')).toBeNull();
  });

  it('refuses a translation that lost, broke or invented markers, saying what to do', () => {
    expect(emphasisProblem('The check is complete and *fast*.', source)).toMatch(/1 bold passage and the translation 0\. Put \*\* before and after/);
    expect(emphasisProblem('The check is **complete and *fast*.', source)).toMatch(/bold/);
    expect(emphasisProblem('The check is **complete** and fast.', source)).toMatch(/italic/);
    expect(emphasisProblem('The **check** is **complete** and *fast*.', source)).toMatch(/Remove the \*\* marks/);
    expect(emphasisProblem('The check is **complete** and *fast* ** now.', source)).toMatch(/has a \*\* without its partner near "/);
  });
});
