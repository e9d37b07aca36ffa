import { describe, expect, it } from 'vitest';
import { type Content, contentToText, type InlineTag, tagsMatch, textToContent } from './bilingual';
import { FormatError } from './errors';

const g1o: InlineTag = { kind: 'open', id: '1', xml: '<g id="1">', label: '<g id="1">' };
const g1c: InlineTag = { kind: 'close', id: '1', xml: '</g>', label: '</g>' };
const g2o: InlineTag = { kind: 'open', id: '2', xml: '<g id="2">', label: '<g id="2">' };
const g2c: InlineTag = { kind: 'close', id: '2', xml: '</g>', label: '</g>' };
const x3: InlineTag = { kind: 'standalone', id: '3', xml: '<x id="3"/>', label: '<x id="3"/>' };
const bpt: InlineTag = { kind: 'open', id: '4', xml: '<bpt id="4">&lt;i&gt;</bpt>', label: '<bpt id="4">' };
const ept: InlineTag = { kind: 'close', id: '4', xml: '<ept id="4">&lt;/i&gt;</ept>', label: '<ept id="4">' };
const source: Content = ['Das ', g1o, 'ist ', g2o, 'fett', g2c, g1c, ' ', x3, '.'];

function broken(text: string, original: Content = source): string {
  try {
    textToContent(text, original);
  } catch (e) {
    expect(e).toBeInstanceOf(FormatError);
    expect((e as FormatError).code).toBe('tags-broken');
    return (e as FormatError).message;
  }
  throw new Error('not refused');
}

describe('placeholders', () => {
  it('turns tags into protected tokens and back', () => {
    const text = contentToText(source, { tags: 'placeholder' });
    expect(text).toBe('Das ⟦1⟧ist ⟦2⟧fett⟦/2⟧⟦/1⟧ ⟦3/⟧.');
    expect(contentToText(source, { tags: 'strip' })).toBe('Das ist fett .');
    expect(textToContent(text, source)).toEqual(source);
    expect(textToContent('⟦3/⟧ This ⟦1⟧is ⟦2⟧bold⟦/2⟧⟦/1⟧!', source)).toEqual([x3, ' This ', g1o, 'is ', g2o, 'bold', g2c, g1c, '!']);
  });

  it('refuses removed, duplicated, invented and broken tags, naming them', () => {
    expect(broken('Das ⟦1⟧ist fett⟦/1⟧ ⟦3/⟧.')).toMatch(/<g id="1"> \(⟦2⟧\)|<g id="2"> \(⟦2⟧\)/);
    expect(broken('Das ⟦1⟧ist ⟦2⟧fett⟦/2⟧⟦/1⟧ ⟦3/⟧⟦3/⟧.')).toMatch(/<x id="3"\/> \(⟦3\/⟧\) appears twice/);
    expect(broken('Das ⟦1⟧ist ⟦2⟧fett⟦/2⟧⟦/1⟧ ⟦3/⟧⟦9/⟧.')).toMatch(/⟦9\/⟧, which the original does not have/);
    expect(broken('Das ⟦1⟧ist ⟦2⟧fett⟦/2⟧⟦/1 ⟦3/⟧.')).toMatch(/broken tag/);
  });

  it('refuses a closing tag before its opening tag, and overlapping element tags', () => {
    expect(broken('⟦/1⟧Das ⟦1⟧ist ⟦2⟧fett⟦/2⟧ ⟦3/⟧.')).toMatch(/closing tag <\/g> \(⟦\/1⟧\) comes before/);
    expect(broken('Das ⟦1⟧ist ⟦2⟧fett⟦/1⟧⟦/2⟧ ⟦3/⟧.')).toMatch(/overlap/);
    // <bpt>/<ept> are self-contained codes: crossing them is legal XML, order is all that counts.
    const codes: Content = [bpt, 'a', g1o, 'b', ept, 'c', g1c];
    expect(textToContent('⟦4⟧a⟦1⟧b⟦/4⟧c⟦/1⟧', codes)).toEqual(codes);
    expect(broken('⟦/4⟧a⟦1⟧b⟦4⟧c⟦/1⟧', codes)).toMatch(/comes before/);
  });
});

describe('tagsMatch', () => {
  it('is empty when the target has the same tags in a legal order', () => {
    expect(tagsMatch(source, ['This ', g1o, g2o, 'bold', g2c, g1c, x3])).toEqual([]);
  });

  it('reports missing, extra, duplicated and misordered tags', () => {
    const problems = tagsMatch(source, [g2c, 'x', g2o, g1o, g1c, bpt, x3, x3]).map((p) => `${p.problem} ${p.tag.id}`);
    expect(problems).toEqual(['extra 4', 'duplicated 3', 'misordered 2']);
    expect(tagsMatch(source, ['nothing']).map((p) => p.problem)).toEqual(['missing', 'missing', 'missing', 'missing', 'missing']);
  });
});
