import { afterEach, describe, expect, it, vi } from 'vitest';
import deGarbled from './de/garbled.json';
import deSeparableVerbs from './de/separable-verbs.json';

// A linguist's mistake in a word list stops the checks at load, naming the file and the entry, instead of a list
// that silently never matches.
describe('the word-list files', () => {
  afterEach(() => {
    vi.doUnmock('./de/garbled.json');
    vi.doUnmock('./de/separable-verbs.json');
    vi.resetModules();
  });

  it('load as they are shipped', async () => {
    const data = await import('./index');
    expect(data.GERMAN_CLAUSE_WORDS.finiteAuxiliaries).toContain('wird');
    expect(data.repeats('en').always).toContain('had');
    expect(data.negationTables('de').negators).toContain('nicht');
    expect(data.meaningTables('en').negatorEndings).toContain("n't");
    expect(data.GERMAN_COVERAGE.abstractNounSuffixes[0]).toBe('igkeit');
    expect(data.FALSE_FRIENDS.map((f) => f.de[0])).toContain('aktuell');
    expect(data.SEPARABLE_VERBS.bases.geben?.forms).toContain('gab');
  });

  it('refuse a word written with a capital, with the file and the path of the entry', async () => {
    vi.resetModules();
    vi.doMock('./de/garbled.json', () => ({ default: { ...deGarbled, intensifiers: ['sehr', 'Ganz'] } }));
    await expect(import('./index')).rejects.toThrow('lib/checks/data/de/garbled.json: intensifiers.1: Write the word in lower case.');
  });

  it('refuse a file with a table missing', async () => {
    vi.resetModules();
    const { subjectPronouns: _, ...rest } = deGarbled;
    vi.doMock('./de/garbled.json', () => ({ default: rest }));
    await expect(import('./index')).rejects.toThrow(/de\/garbled\.json: subjectPronouns/);
  });

  it('refuse a particle verb whose base verb is not listed, naming the entry', async () => {
    vi.resetModules();
    const verbs = [...deSeparableVerbs.verbs, { particle: 'ab', base: 'laufen', renderings: ['expire*'] }];
    vi.doMock('./de/separable-verbs.json', () => ({ default: { ...deSeparableVerbs, verbs } }));
    await expect(import('./index')).rejects.toThrow(`lib/checks/data/de/separable-verbs.json: verbs.${verbs.length - 1}.base: Unknown base verb laufen`);
  });
});
