import { readFileSync } from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { comments, documents, meta } from '../db/schema';
import { testTargets } from '../db/testing';
import { contentToText, readTmx, readXliff12, readXliff20, type BilingualUnit } from '../formats';
import { XMLLINT_MISSING, xmllint } from '../formats/xml/xmllint';
import { startFakeDeepL } from '../mt/testing/fake-deepl';
import {
  addGlossaryEntry,
  checkProtectedTags,
  deeplGlossaryId,
  exportGlossary,
  importGlossary,
  listGlossary,
  syncDeepLGlossary,
  createDocument,
  exportDocument,
  exportInterchange,
  getDocument,
  importFile,
  listComments,
  reviewSegment,
  saveSegment,
  type ImportResult,
} from '.';

const FIXTURES = path.join(__dirname, '..', 'formats', 'fixtures');
const XLIFF12 = readFileSync(path.join(FIXTURES, 'sample-1.2.xlf'));
const XLIFF20 = readFileSync(path.join(FIXTURES, 'sample-2.0.xlf'));
const limits = { maxSourceChars: 100_000, maxUploadBytes: 2_000_000 };
const NOW = new Date('2026-01-02T03:04:05Z');

/** What a unit is apart from the review issues Lektorat adds on export. */
const essence = (u: BilingualUnit) => ({ id: u.id, source: u.source, target: u.target, state: u.state, notes: u.notes, preserveSpace: u.preserveSpace });
const text = (body: string | Uint8Array) => (typeof body === 'string' ? body : new TextDecoder().decode(body));

function documentOf(result: ImportResult) {
  if (result.kind !== 'document') throw new Error(`expected a document, got ${result.kind}`);
  return result.document;
}

for (const target of testTargets()) {
  describe(`interchange on ${target.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await target.open();
    });
    afterAll(async () => {
      await database?.close();
    });

    const importBytes = (name: string, bytes: Uint8Array, extra: Record<string, unknown> = {}) =>
      importFile(database.db, { file: { name, bytes }, author: 'Ann', ...extra }, limits);

    async function counts() {
      return {
        documents: (await database.db.select().from(documents)).length,
        meta: (await database.db.select().from(meta)).length,
        comments: (await database.db.select().from(comments)).length,
      };
    }

    it('imports XLIFF 1.2 as one segment per unit, with states, notes as comments and tags as placeholders', async () => {
      const doc = documentOf(await importBytes('press.xlf', XLIFF12));
      expect(doc).toMatchObject({ sourceLang: 'de', targetLang: 'en-GB', provenance: 'uploaded', title: 'press-release.docx' });
      const full = await getDocument(database.db, doc.id);
      expect(full.segments.map((s) => [s.sourceText, s.targetText, s.status])).toEqual([
        ['Xiaomi ⟦1⟧bestätigt⟦/1⟧ die Partnerschaft', 'Xiaomi ⟦1⟧confirms⟦/1⟧ the partnership', 'machine'],
        // xml:space="preserve": the target's spaces at the ends are the file's, kept as they are.
        ['  Preise & Kosten:  ⟦2/⟧ steigen um 8,5\u00A0%.  ', '  Prices & costs:  ⟦2/⟧ rise by 8.5\u00A0%.  ', 'edited'],
        ['Use <b> & "quotes" as is', '', 'untranslated'],
        ['Er sagte: ⟦5⟧Hallo⟦/5⟧ und ⟦6/⟧.', 'He said: ⟦5⟧Hello⟦/5⟧ and ⟦6/⟧.', 'approved'],
        ['Der Vertrag gilt ab Mai.', 'The contract is valid from ⟦mrk⟧May⟦/mrk⟧.', 'edited'],
        ['Neu', '', 'untranslated'],
      ]);
      const threads = await listComments(database.db, doc.id);
      expect(threads.map((t) => [t.segmentId, t.author, t.body])).toEqual([
        [full.segments[0]!.id, 'DeepL', 'Machine translation'],
        [full.segments[4]!.id, 'reviewer', 'Check the date.'],
        [full.segments[4]!.id, 'Ann', 'Second note'],
      ]);
    });

    it('refuses a save that breaks a protected tag, and lets one that keeps them through', async () => {
      const doc = documentOf(await importBytes('press.xlf', XLIFF12));
      const seg = (await getDocument(database.db, doc.id)).segments[0]!;
      await expect(checkProtectedTags(database.db, seg.id, 'Xiaomi confirms the partnership')).rejects.toMatchObject({ code: 'invalid', message: /missing/ });
      await expect(checkProtectedTags(database.db, seg.id, 'Xiaomi ⟦/1⟧confirms⟦1⟧ the partnership')).rejects.toMatchObject({ code: 'invalid' });
      await expect(checkProtectedTags(database.db, seg.id, 'Xiaomi ⟦1⟧backs⟦/1⟧ the ⟦7/⟧ deal')).rejects.toMatchObject({ code: 'invalid' });
      await expect(checkProtectedTags(database.db, seg.id, 'Xiaomi ⟦1⟧backs⟦/1⟧ the deal')).resolves.toBeUndefined();
      // Documents that did not come from a bilingual file have no tags to protect.
      const plain = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: 'Hallo.', translation: { kind: 'none' }, author: 'Ann' },
        limits,
      );
      const plainSeg = (await getDocument(database.db, plain.id)).segments[0]!;
      await expect(checkProtectedTags(database.db, plainSeg.id, 'Hello ⟦1⟧.')).resolves.toBeUndefined();
    });

    it('protects the bold and italic markers of a Markdown document: a save that drops them is refused, the export keeps them', async () => {
      const md = await createDocument(
        database.db,
        {
          sourceLang: 'de',
          targetLang: 'en-US',
          format: 'md',
          text: 'Die Prüfung ist **vollständig** und *schnell*.',
          translation: { kind: 'provided', origin: 'pasted', targets: ['The check is **complete** and *fast*.'] },
          author: 'Ann',
        },
        limits,
      );
      const seg = (await getDocument(database.db, md.id)).segments[0]!;
      await expect(saveSegment(database.db, { segmentId: seg.id, text: 'The check is complete and *fast*.', baseVersion: seg.version, author: 'Tom' })).rejects.toMatchObject({
        code: 'invalid',
        message: /bold passage.*Put \*\* before and after/,
      });
      const saved = await saveSegment(database.db, { segmentId: seg.id, text: 'The **full** check is *fast*.', baseVersion: seg.version, author: 'Tom' });
      expect(saved.segment.targetText).toBe('The **full** check is *fast*.');
      const exported = await exportDocument(database.db, md.id, 'md');
      expect(exported.body).toContain('The **full** check is *fast*.');
      // The same text in a plain-text document is just text: nothing to protect.
      const txt = await createDocument(database.db, { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: 'Ein **Stern**.', translation: { kind: 'none' }, author: 'Ann' }, limits);
      await expect(checkProtectedTags(database.db, (await getDocument(database.db, txt.id)).segments[0]!.id, 'A star.')).resolves.toBeUndefined();
    }, 60_000);

    it('exports a reviewed XLIFF 1.2 document with its own ids and tags, and re-imports it identically', async () => {
      const doc = documentOf(await importBytes('press.xlf', XLIFF12));
      const segs = (await getDocument(database.db, doc.id)).segments;
      const who = { name: 'Edda' };
      const edited = await saveSegment(database.db, { segmentId: segs[0]!.id, text: 'Xiaomi ⟦1⟧backs⟦/1⟧ the partnership', baseVersion: segs[0]!.version, author: 'Tom' });
      const submitted = await reviewSegment(database.db, { segmentId: segs[0]!.id, action: 'submit', baseVersion: edited.segment.version, who });
      await reviewSegment(database.db, { segmentId: segs[0]!.id, action: 'approve', baseVersion: submitted.version, who });
      await saveSegment(database.db, { segmentId: segs[2]!.id, text: 'Use <b> & "quotes" unchanged', baseVersion: segs[2]!.version, author: 'Tom' });

      const exported = await exportInterchange(database.db, doc.id, 'xliff12', NOW);
      expect(exported.contentType).toMatch(/^application\/xliff\+xml/);
      expect(exported.fileName).toMatch(/\.en-GB\.xlf$/);
      const xml = text(exported.body);
      // Untouched parts of the file are as they were.
      expect(xml).toContain('<note>Header notes stay where they are.</note>');
      expect(xml).toContain('<target state="signed-off">He said: <bpt id="5">&lt;i&gt;</bpt>Hello<ept id="5">&lt;/i&gt;</ept> and <ph id="6">{name}</ph>.</target>');
      const original = readXliff12(XLIFF12);
      const back = readXliff12(xml);
      expect(back.units.map((u) => u.id)).toEqual(original.units.map((u) => u.id));
      expect(back.units.map((u) => u.source)).toEqual(original.units.map((u) => u.source));
      expect(back.units.map((u) => u.state)).toEqual(['approved', 'edited', 'edited', 'approved', 'edited', 'untranslated']);
      expect(back.units[0]!.target).toEqual(['Xiaomi ', original.units[0]!.source[1], 'backs', original.units[0]!.source[3], ' the partnership']);
      expect(contentToText(back.units[2]!.target!, { tags: 'placeholder' })).toBe('Use <b> & "quotes" unchanged');
      expect(back.units[4]!.notes).toEqual(original.units[4]!.notes);
      expect(back.units.slice(1, 2).map(essence)).toEqual(original.units.slice(1, 2).map(essence));

      // Re-importing the exported file gives the same segments, states and comments.
      const again = documentOf(await importBytes('press.reviewed.xlf', new TextEncoder().encode(xml)));
      const first = await getDocument(database.db, doc.id);
      const second = await getDocument(database.db, again.id);
      expect(second.segments.map((s) => [s.sourceText, s.targetText, s.status])).toEqual(first.segments.map((s) => [s.sourceText, s.targetText, s.status]));
      // …and exporting that one again gives the same units.
      const twice = readXliff12(text((await exportInterchange(database.db, again.id, 'xliff12', NOW)).body));
      expect(twice.units.map(essence)).toEqual(back.units.map(essence));
    });

    it('leaves the client’s source byte-identical: review findings on the source are written on the target, with unique mrk ids, or left out on request', async () => {
      const xliff12 = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '<file original="client.docx" source-language="de" target-language="en-US" datatype="plaintext"><body>',
        '<trans-unit id="a1"><source>Die Partnerschaaft wird   verlängert.</source><target>The partnershipp is extended.</target></trans-unit>',
        '</body></file></xliff>',
      ].join('\n');
      const xliff20 = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="de" trgLang="en-US"><file id="f1">',
        '<unit id="u1">',
        '<segment id="s1"><source>Die Partnerschaaft wird   verlängert.</source><target>The partnershipp is extended.</target></segment>',
        '<segment id="s2"><source>Der Vertrraag gilt ab Mai.</source><target>The contrract is valid from May.</target></segment>',
        '</unit></file></xliff>',
      ].join('\n');
      const sources = (xml: string) => xml.match(/<source[^>]*>[\s\S]*?<\/source>/g) ?? [];
      for (const [name, file, format] of [['client.xlf', xliff12, 'xliff12'], ['client.xliff', xliff20, 'xliff20']] as const) {
        const doc = documentOf(await importBytes(name, new TextEncoder().encode(file)));
        const xml = text((await exportInterchange(database.db, doc.id, format, NOW)).body);
        expect(sources(xml)).toEqual(sources(file));
        // The source's misspelling is still reported, on the target side, naming the source words.
        expect(xml).toMatch(/<target[^>]*>[\s\S]*locQualityIssueComment="[^"]*Partnerschaaft/);
        for (const unit of xml.match(/<unit[\s\S]*?<\/unit>/g) ?? []) {
          const ids = [...unit.matchAll(/<mrk id="([^"]+)"/g)].map((m) => m[1]);
          expect(ids.length).toBeGreaterThan(0);
          expect(new Set(ids).size).toBe(ids.length);
        }
        const bare = text((await exportInterchange(database.db, doc.id, format, NOW, { annotations: false })).body);
        expect(bare).not.toMatch(/locQualityIssue/);
        expect(sources(bare)).toEqual(sources(file));
      }
    });

    it('labels only machine translation as MT in XLIFF 1.2: a pasted or bundled translation has no leveraged-mt qualifier', async () => {
      const make = (origin: 'pasted' | 'bundled-sample') =>
        createDocument(
          database.db,
          { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: 'Der Himmel ist blau.', translation: { kind: 'provided', origin, targets: ['The sky is blue.'] }, author: 'Ann' },
          limits,
        );
      const targetTag = async (id: number) => /<target[^>]*>/.exec(text((await exportInterchange(database.db, id, 'xliff12', NOW)).body))![0];
      for (const origin of ['pasted', 'bundled-sample'] as const) {
        const tag = await targetTag((await make(origin)).id);
        expect(tag).toContain('state="needs-review-translation"');
        expect(tag).not.toContain('state-qualifier');
      }
      // A document DeepL translated says so.
      const deepl = await make('pasted');
      await database.db.update(documents).set({ provenance: 'deepl' }).where(eq(documents.id, deepl.id));
      expect(await targetTag(deepl.id)).toContain('state-qualifier="leveraged-mt"');
    });

    it('keeps leading and trailing whitespace of xml:space="preserve" units on import, on save and on export', async () => {
      const file = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '<file original="po" source-language="de" target-language="en-US" datatype="po"><body>',
        '<trans-unit id="1" xml:space="preserve"><source>Zeile eins\n</source><target>Line one\n</target></trans-unit>',
        '<trans-unit id="2"><source>  Zeile zwei </source><target> Line two </target></trans-unit>',
        '</body></file></xliff>',
      ].join('\n');
      const doc = documentOf(await importBytes('po.xlf', new TextEncoder().encode(file)));
      const segs = (await getDocument(database.db, doc.id)).segments;
      expect(segs.map((s) => s.targetText)).toEqual(['Line one\n', 'Line two']);
      const saved = await saveSegment(database.db, { segmentId: segs[0]!.id, text: 'Line 1\n', baseVersion: segs[0]!.version, author: 'Tom' });
      expect(saved.segment.targetText).toBe('Line 1\n');
      // Outside a preserve-space unit whitespace at the ends is not significant, and a blank text is still empty.
      expect((await saveSegment(database.db, { segmentId: segs[1]!.id, text: ' Line 2 ', baseVersion: segs[1]!.version, author: 'Tom' })).segment.targetText).toBe('Line 2');
      const xml = text((await exportInterchange(database.db, doc.id, 'xliff12', NOW, { annotations: false })).body);
      expect(xml).toContain('>Line 1\n</target>');
      expect(readXliff12(xml).units[0]!.target).toEqual(['Line 1\n']);
    });

    it('lets the languages the user names win over a file’s (po2xliff writes en-US as every source), with a warning', async () => {
      const po2xliff = [
        '<?xml version="1.0" encoding="utf-8"?>',
        '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
        '<file original="app.po" source-language="en-US" datatype="po"><body>',
        '<trans-unit id="1"><source>Datei öffnen</source><target state="translated">Open file</target></trans-unit>',
        '</body></file></xliff>',
      ].join('\n');
      const bytes = new TextEncoder().encode(po2xliff);
      await expect(importBytes('app.xlf', bytes)).rejects.toMatchObject({ code: 'invalid', message: /Choose the source and target language above/ });
      const result = await importBytes('app.xlf', bytes, { sourceLang: 'de', targetLang: 'en-US' });
      expect(documentOf(result)).toMatchObject({ sourceLang: 'de', targetLang: 'en-US' });
      expect(result.warnings).toEqual(['The file says its languages are en-US → ?; your choice, de → en-US, is used.']);
      // Naming the file's own languages warns of nothing.
      const same = await importBytes('press.xlf', XLIFF12, { sourceLang: 'de', targetLang: 'en-GB' });
      expect(same.warnings).toEqual([]);
    });

    it('round-trips XLIFF 2.0 and writes approved pairs only to TMX', async () => {
      const doc = documentOf(await importBytes('press.xliff', XLIFF20));
      const original = readXliff20(XLIFF20);
      const back = readXliff20(text((await exportInterchange(database.db, doc.id, 'xliff20', NOW)).body));
      expect(back.units.map((u) => [u.id, u.source, u.target, u.state])).toEqual(original.units.map((u) => [u.id, u.source, u.target, u.state]));
      const tmx = await exportInterchange(database.db, doc.id, 'tmx', NOW);
      const memory = readTmx(text(tmx.body));
      expect(tmx.headers['x-approved-segments']).toBe(String(original.units.filter((u) => u.state === 'approved').length));
      expect(memory.units.length).toBe(original.units.filter((u) => u.state === 'approved').length);
    });

    it.skipIf(XMLLINT_MISSING)('writes files from another format that pass the schemas, with the tags as that format’s codes', async () => {
      const from12 = documentOf(await importBytes('press.xlf', XLIFF12));
      const from20 = documentOf(await importBytes('press.xliff', XLIFF20));
      const as20 = text((await exportInterchange(database.db, from12.id, 'xliff20', NOW)).body);
      expect(as20).toContain('<sc id="1"/>bestätigt<ec startRef="1"/>');
      expect(xmllint(as20, 'xliff20-official.xsd')).toBe('');
      expect(xmllint(text((await exportInterchange(database.db, from20.id, 'xliff12', NOW)).body), 'xliff12-official.xsd')).toBe('');
      expect(xmllint(text((await exportInterchange(database.db, from12.id, 'tmx', NOW)).body), 'tmx-1.4b-lektorat.dtd')).toBe('');
      expect(readXliff20(as20).units.map((u) => u.id)).toEqual(readXliff12(XLIFF12).units.map((u) => u.id));
    });

    it('writes a valid TMX without <tu> when nothing is approved, and a report with the word diff', async () => {
      const plain = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: 'Der Himmel ist blau.', translation: { kind: 'provided', origin: 'pasted', targets: ['The sky is blue.'] }, author: 'Ann' },
        limits,
      );
      const seg = (await getDocument(database.db, plain.id)).segments[0]!;
      await saveSegment(database.db, { segmentId: seg.id, text: 'The sky is grey.', baseVersion: seg.version, author: 'Tom' });
      const tmx = await exportInterchange(database.db, plain.id, 'tmx', NOW);
      expect(tmx.headers['x-approved-segments']).toBe('0');
      expect(text(tmx.body)).toContain('<header');
      expect(text(tmx.body)).not.toContain('<tu');
      expect(readTmx(text(tmx.body)).units).toEqual([]);
      const html = text((await exportInterchange(database.db, plain.id, 'report-html', NOW)).body);
      expect(html).toContain('<del>blue</del><ins>grey</ins>');
      expect(html).toMatch(/Edited: 1 of 1 translated segments \(100 %\)/);
      const csv = text((await exportInterchange(database.db, plain.id, 'report-csv', NOW)).body);
      expect(csv).toContain('[-blue-]{+grey+}');
      const json = JSON.parse(text((await exportInterchange(database.db, plain.id, 'json', NOW)).body)) as { segments: { machine: string; target: string; status: string }[] };
      expect(json.segments[0]).toMatchObject({ machine: 'The sky is blue.', target: 'The sky is grey.', status: 'edited' });
    });

    it('stores nothing when a file is broken, hostile or does not fit', async () => {
      const before = await counts();
      const broken = new TextEncoder().encode(XLIFF12.toString('utf8').replace('</xliff>', ''));
      await expect(importBytes('broken.xlf', broken)).rejects.toMatchObject({ message: /broken\.xlf/ });
      const xxe = new TextEncoder().encode(
        '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xliff version="1.2"><file source-language="de" target-language="en"><body><trans-unit id="1"><source>&e;</source></trans-unit></body></file></xliff>',
      );
      await expect(importBytes('xxe.xlf', xxe)).rejects.toBeTruthy();
      await expect(importBytes('fake.docx', new TextEncoder().encode('not a zip'), { sourceLang: 'de', targetLang: 'en-US' })).rejects.toMatchObject({ code: 'unsupported-type' });
      // A pair Lektorat does not review, with no languages named (named ones win: see the po2xliff test).
      const french = new TextEncoder().encode(XLIFF12.toString('utf8').replaceAll('de-DE', 'fr-FR'));
      await expect(importBytes('press.xlf', french)).rejects.toMatchObject({ code: 'invalid', message: /fr-FR → en-GB/ });
      const longNote = XLIFF12.toString('utf8').replace('Check the date.', 'x'.repeat(5_001));
      await expect(importBytes('long.xlf', new TextEncoder().encode(longNote))).rejects.toMatchObject({ code: 'invalid', message: /note/ });
      expect(await counts()).toEqual(before);
    });

    it('aligns two parallel texts first and imports them once the targets are sent', async () => {
      const source = { name: 'a.de.txt', bytes: new TextEncoder().encode('Der Himmel ist blau. Das Gras ist grün.\n\nDie Sonne scheint.') };
      const translationFile = { name: 'a.en.txt', bytes: new TextEncoder().encode('The sky is blue. The grass is green.\n\nThe sun is shining.') };
      const before = await counts();
      const aligned = await importFile(database.db, { file: source, translationFile, sourceLang: 'de', targetLang: 'en-US', author: 'Ann' }, limits);
      if (aligned.kind !== 'alignment') throw new Error('expected an alignment');
      expect(aligned.alignment.pairs.map((p) => p.targetText)).toEqual(['The sky is blue.', 'The grass is green.', 'The sun is shining.']);
      expect(await counts()).toEqual(before);
      const doc = documentOf(
        await importFile(database.db, { file: source, translationFile, sourceLang: 'de', targetLang: 'en-US', targets: aligned.alignment.pairs.map((p) => p.targetText), author: 'Ann' }, limits),
      );
      expect((await getDocument(database.db, doc.id)).segments.map((s) => s.targetText)).toEqual(['The sky is blue.', 'The grass is green.', 'The sun is shining.']);
    });

    it('exports the glossary as CSV and TBX, and imports it back merged or replacing', async () => {
      const who = { name: 'Edda' };
      await addGlossaryEntry(database.db, { sourceTerm: 'Bahnhof', targetTerm: 'station', forbidden: ['railway station'], note: 'UK and US' });
      const csv = await exportGlossary(database.db, 'csv', { sourceLang: 'de', targetLang: 'en' });
      expect(csv.fileName).toBe('glossary-de-en.csv');
      expect(csv.body).toContain('Bahnhof,station,railway station,UK and US');
      const tbx = await exportGlossary(database.db, 'tbx', { sourceLang: 'de', targetLang: 'en' });
      expect(tbx.body).toContain('<term>Bahnhof</term>');

      const file = (name: string, body: string) => ({ name, bytes: new TextEncoder().encode(body) });
      await importGlossary(database.db, { file: file('more.csv', 'source;target\nKosten;costs\nBahnhof;train station\n'), mode: 'merge', who });
      expect((await listGlossary(database.db)).map((e) => [e.sourceTerm, e.targetTerm])).toEqual([
        ['Bahnhof', 'train station'],
        ['Kosten', 'costs'],
      ]);
      await importGlossary(database.db, { file: file('tbx.tbx', tbx.body), mode: 'replace', who });
      expect((await listGlossary(database.db)).map((e) => [e.sourceTerm, e.targetTerm, e.forbidden])).toEqual([['Bahnhof', 'station', ['railway station']]]);
      // A broken file changes nothing.
      await expect(importGlossary(database.db, { file: file('bad.csv', 'source,target\n,empty\n'), mode: 'replace', who })).rejects.toMatchObject({ code: 'invalid', message: /bad\.csv/ });
      await expect(importGlossary(database.db, { file: file('terms.xlsx', 'x'), mode: 'merge', who })).rejects.toMatchObject({ code: 'unsupported-type' });
      expect(await listGlossary(database.db)).toHaveLength(1);
    });

    it('syncs the glossary to DeepL, replacing the previous DeepL glossary, and names it for matching documents only', async () => {
      const fake = await startFakeDeepL();
      try {
        const sync = (sourceLang: 'de' | 'en', targetLang: 'de' | 'en') =>
          syncDeepLGlossary(database.db, { authKey: 'k', serverUrl: fake.url, langs: { sourceLang, targetLang }, who: { name: 'Edda' }, now: NOW });
        const first = await sync('de', 'en');
        expect(first.sync.glossaryId).toBeTruthy();
        expect(fake.glossaries().map((g) => g.id)).toEqual([first.sync.glossaryId]);
        const second = await sync('de', 'en');
        expect(fake.glossaries().map((g) => g.id)).toEqual([second.sync.glossaryId]);
        expect(await deeplGlossaryId(database.db, 1, { sourceLang: 'de', targetLang: 'en' })).toBe(second.sync.glossaryId);
        expect(await deeplGlossaryId(database.db, 1, { sourceLang: 'en', targetLang: 'de' })).toBeUndefined();
      } finally {
        await fake.close();
      }
    });
  });
}
