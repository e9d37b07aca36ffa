import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../db/client';
import { testTargets } from '../db/testing';
import { createDeepLEngine } from '../mt';
import { startFakeDeepL, type FakeDeepL } from '../mt/testing/fake-deepl';
import {
  addGlossaryEntry,
  createDocument,
  dismissFinding,
  getDocument,
  listFindings,
  restoreFinding,
  roundTripSegment,
  saveSegment,
  updateCheckSettings,
} from '.';

const limits = { maxSourceChars: 10_000 };

for (const target of testTargets()) {
  describe(`findings on ${target.name}`, () => {
    let database: Database;
    let fake: FakeDeepL;
    beforeAll(async () => {
      database = await target.open();
      fake = await startFakeDeepL();
    });
    afterAll(async () => {
      await fake?.close();
      await database?.close();
    });

    async function doc(source: string, translation: string) {
      const created = await createDocument(
        database.db,
        { sourceLang: 'de', targetLang: 'en-US', format: 'txt', text: source, translation: { kind: 'provided', origin: 'pasted', targets: [translation] }, author: 'Ann' },
        limits,
      );
      const seg = (await getDocument(database.db, created.id)).segments[0]!;
      return { id: created.id, seg };
    }

    const findingsOf = async (documentId: number) => (await listFindings(database.db, documentId))[0]!.findings;

    it('checks on import, and a finding fixed by an edit disappears on save', async () => {
      const { id, seg } = await doc('Der Umsatz stieg um 5 Prozent.', 'Revenue rose by 6 percent.');
      const before = await findingsOf(id);
      expect(before.some((f) => f.check === 'numbers')).toBe(true);
      await saveSegment(database.db, { segmentId: seg.id, text: 'Revenue rose by 5 percent.', baseVersion: 1, author: 'Ann' });
      expect((await findingsOf(id)).some((f) => f.check === 'numbers')).toBe(false);
    });

    it('keeps a dismissal while the text is unchanged, records who, and can undo it', async () => {
      const { id, seg } = await doc('Der Umsatz stieg um 5 Prozent.', 'Revenue rose by 6 percent.');
      const finding = (await findingsOf(id)).find((f) => f.check === 'numbers')!;
      const riskBefore = (await listFindings(database.db, id))[0]!.risk;
      await dismissFinding(database.db, { segmentId: seg.id, fingerprint: finding.fingerprint, author: 'Rita' });
      const dismissed = (await findingsOf(id)).find((f) => f.fingerprint === finding.fingerprint)!;
      expect(dismissed.dismissed).toMatchObject({ by: 'Rita' });
      // The dismissed finding keeps its probability but no longer counts towards the segment's risk.
      expect(dismissed.probability).toBe(finding.probability);
      expect((await listFindings(database.db, id))[0]!.risk).toBeLessThan(riskBefore);
      await restoreFinding(database.db, { segmentId: seg.id, fingerprint: finding.fingerprint, author: 'Rita' });
      expect((await findingsOf(id)).find((f) => f.fingerprint === finding.fingerprint)!.dismissed).toBeNull();

      // Dismissed again, then the text changes: the finding on the new text is a new one.
      await dismissFinding(database.db, { segmentId: seg.id, fingerprint: finding.fingerprint, author: 'Rita' });
      await saveSegment(database.db, { segmentId: seg.id, text: 'Revenue rose by 7 percent.', baseVersion: 1, author: 'Ann' });
      const after = (await findingsOf(id)).find((f) => f.check === 'numbers')!;
      expect(after.dismissed).toBeNull();
    });

    it('applies the project glossary and check settings to every document', async () => {
      const { id } = await doc('Die Maßnahme wirkt.', 'The action works.');
      expect((await findingsOf(id)).some((f) => f.check === 'glossary')).toBe(false);
      await addGlossaryEntry(database.db, { sourceTerm: 'Maßnahme', targetTerm: 'measure', forbidden: ['action'] });
      const glossary = (await findingsOf(id)).filter((f) => f.check === 'glossary');
      expect(glossary.length).toBeGreaterThan(0);
      await updateCheckSettings(database.db, { glossary: { enabled: true, severity: 'critical' } });
      expect((await findingsOf(id)).filter((f) => f.check === 'glossary').every((f) => f.severity === 'critical')).toBe(true);
      await updateCheckSettings(database.db, { glossary: { enabled: false } });
      expect((await findingsOf(id)).some((f) => f.check === 'glossary')).toBe(false);
      await updateCheckSettings(database.db, {});
    });

    it('turns single rules off and overrides their severity, and refuses an id it does not know', async () => {
      const { id } = await doc('Das Projekt kostet 300 Euro und dauert 4 Monate.', 'The project costs money and lasts 5 months.');
      const rules = async () => (await findingsOf(id)).filter((f) => f.check === 'numbers').map((f) => `${f.rule} ${f.severity}`).sort();
      expect(await rules()).toEqual(['numbers.missing major', 'numbers.value-changed major']);
      const checks = await updateCheckSettings(database.db, { 'numbers.missing': { enabled: false }, 'numbers.value-changed': { enabled: true, severity: 'critical' } });
      expect(await rules()).toEqual(['numbers.value-changed critical']);
      const numbers = checks.find((c) => c.id === 'numbers')!;
      expect(numbers.rules.find((r) => r.id === 'numbers.missing')).toMatchObject({ enabled: false, defaultEnabled: true, defaultSeverity: 'major' });
      await expect(updateCheckSettings(database.db, { 'numbers.nonsense': { enabled: false } })).rejects.toThrow(/Unknown check or rule: numbers\.nonsense/);
      await updateCheckSettings(database.db, {});
      expect(await rules()).toEqual(['numbers.missing major', 'numbers.value-changed major']);
    });

    it('keeps on-demand DeepL findings only while the segment has the texts they were computed for', async () => {
      const engine = createDeepLEngine({ authKey: 'k', serverUrl: fake.url, maxRetries: 0 });
      fake.setTranslator((text) => text.replace('Brücke', 'Straße'));
      const { id, seg } = await doc('Die Brücke ist neu.', 'The bridge is new.');
      // The "back-translation" comes back with a different noun: the round trip points at it.
      fake.setTranslator(() => 'Die Straße ist neu.');
      const result = await roundTripSegment(database.db, engine, seg.id);
      expect(result.findings.length).toBeGreaterThan(0);
      expect((await findingsOf(id)).some((f) => f.check === 'round-trip')).toBe(true);
      await saveSegment(database.db, { segmentId: seg.id, text: 'The bridge is brand new.', baseVersion: 1, author: 'Ann' });
      expect((await findingsOf(id)).some((f) => f.check === 'round-trip')).toBe(false);
    });
  });
}
