/** The typo test that tells a misspelt word from a name, and the suggestions looked up for an opened finding. */
import { beforeAll, describe, expect, it } from 'vitest';
import { hasWordOneEditAway, loadSpellers, suggestions } from './dictionaries';

beforeAll(() => {
  loadSpellers();
});

describe('hasWordOneEditAway', () => {
  it('finds a German word one edit away: a letter left out, added, replaced, or two swapped', () => {
    for (const typo of ['Hersteler', 'Herstelller', 'Herstaller', 'Hesrteller', 'Regirung', 'Unternehmn']) {
      expect(hasWordOneEditAway('de', typo), typo).toBe(true);
    }
  });

  it('finds an English word one edit away, also at the first and the last letter', () => {
    for (const typo of ['recieve', 'compnay', 'goverment', 'xompany', 'companyy', 'ompany']) {
      expect(hasWordOneEditAway('en', typo), typo).toBe(true);
    }
    // q and j are not on the English TRY line; nspell reaches them along the keyboard rows, and so does the test.
    expect(hasWordOneEditAway('en', 'zuota')).toBe(true);
    expect(hasWordOneEditAway('en', 'mabority')).toBe(true);
  });

  it('finds the word whatever the case of the typo: all capitals, or a capital on the letter that is wrong', () => {
    for (const typo of ['HERSTELER', 'Xompany', 'RECIEVE']) {
      expect(hasWordOneEditAway(typo === 'HERSTELER' ? 'de' : 'en', typo), typo).toBe(true);
    }
  });

  it('finds none for names and for words two edits from any word', () => {
    for (const name of ['Xiaomi', 'Zelenskyj']) {
      expect(hasWordOneEditAway('de', name), name).toBe(false);
      expect(hasWordOneEditAway('en', name), name).toBe(false);
    }
    // "Hawed" and "Hayek" are two edits away.
    expect(hasWordOneEditAway('en', 'Huawei')).toBe(false);
    expect(hasWordOneEditAway('en', 'Habeck')).toBe(false);
    expect(hasWordOneEditAway('de', 'Hrstelerr')).toBe(false);
    expect(hasWordOneEditAway('en', 'rceiev')).toBe(false);
  });
});

describe('suggestions', () => {
  it('puts the intended word first and offers none for a word too long to search', () => {
    expect(suggestions('en', 'recieve')[0]).toBe('receive');
    expect(suggestions('de', 'Hersteler')[0]).toBe('Hersteller');
    expect(suggestions('de', 'Donaudampfschifffahrtsgesellschaftskapitänsmütze')).toEqual([]);
  });
});
