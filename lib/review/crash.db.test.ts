import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { checkDocument, fingerprint } from '../checks';
import { openDatabase } from '../db/client';
import { activity, documents, revisions, segmentFindings, segments } from '../db/schema';
import { createScratchPostgres } from '../db/testing';
import { checkContextFor } from './findings';

const RUNS = 3;

/** A database the child opens by URL: a PGlite directory, and a scratch PostgreSQL database when configured. */
const targets: { name: string; create(): Promise<{ url: string; drop(): Promise<void> }> }[] = [
  {
    name: 'pglite',
    async create() {
      const dir = mkdtempSync(path.join(os.tmpdir(), 'lektorat-crash-'));
      return { url: path.join(dir, 'db'), drop: async () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
];
if (process.env.TEST_DATABASE_URL) targets.push({ name: 'postgres', create: () => createScratchPostgres(process.env.TEST_DATABASE_URL!) });

interface Acknowledged {
  docs: { id: number; segments: number }[];
  saves: { segmentId: number; version: number }[];
}

/** Runs the writer until it has acknowledged `after` operations (plus a moment), then kills it with SIGKILL. */
function runAndKill(url: string, seed: number, after: number, extraMs: number): Promise<Acknowledged & { signal: NodeJS.Signals | null }> {
  // Node itself with tsx's loader, not the tsx wrapper: SIGKILL must reach the process that writes.
  const child = spawn(process.execPath, ['--import', 'tsx', 'lib/review/testing/crash-writer.ts', url, String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const acked: Acknowledged = { docs: [], saves: [] };
  let errors = '';
  child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  let count = 0;
  createInterface({ input: child.stdout }).on('line', (text) => {
    const [kind, a, b] = text.split(' ');
    if (kind === 'doc') acked.docs.push({ id: Number(a), segments: Number(b) });
    else if (kind === 'save') acked.saves.push({ segmentId: Number(a), version: Number(b) });
    else return;
    if (++count === after) setTimeout(() => child.kill('SIGKILL'), extraMs);
  });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    // Lines already written are read before 'close', so every acknowledgement counts.
    child.on('close', (code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`The writer ended by itself (code ${code}): ${errors}`));
      else resolve({ ...acked, signal });
    });
  });
}

for (const target of targets) {
  describe(`kill -9 while writing, on ${target.name}`, () => {
    const created: { drop(): Promise<void> }[] = [];
    afterAll(async () => {
      for (const c of created) await c.drop();
    });

    it(`keeps every acknowledged document and save whole, and nothing half-way (${RUNS} runs)`, { timeout: 600_000 }, async () => {
      const store = await target.create();
      created.push(store);
      const all: Acknowledged = { docs: [], saves: [] };
      for (let run = 0; run < RUNS; run++) {
        const seed = 1 + Math.floor(Math.random() * 1e9);
        const result = await runAndKill(store.url, seed, 3 + Math.floor(Math.random() * 20), Math.floor(Math.random() * 30));
        expect(result.signal).toBe('SIGKILL');
        all.docs.push(...result.docs);
        all.saves.push(...result.saves);
      }

      const database = await openDatabase(store.url);
      try {
        const { db } = database;
        const docRows = await db.select().from(documents);
        const segRows = await db.select().from(segments);
        const findingRows = await db.select().from(segmentFindings);
        const revisionRows = await db.select().from(revisions);
        const entries = await db.select().from(activity);
        const imported = new Set(entries.filter((e) => e.action === 'import').map((e) => e.documentId));
        const edits = new Set(entries.filter((e) => e.action === 'edit').map((e) => `${e.segmentId}:${e.details.version}`));
        const revisionKeys = new Set(revisionRows.filter((r) => r.kind === 'edit').map((r) => `${r.segmentId}:${r.version}`));
        const findingsOf = new Map(findingRows.map((f) => [f.segmentId, f]));

        // Every acknowledged operation is there, whole.
        for (const doc of all.docs) {
          expect(docRows.some((d) => d.id === doc.id), `document ${doc.id}`).toBe(true);
          expect(segRows.filter((s) => s.documentId === doc.id)).toHaveLength(doc.segments);
          expect(imported.has(doc.id), `import entry of document ${doc.id}`).toBe(true);
        }
        for (const save of all.saves) {
          expect(revisionKeys.has(`${save.segmentId}:${save.version}`), `revision ${save.segmentId}:${save.version}`).toBe(true);
          expect(edits.has(`${save.segmentId}:${save.version}`), `audit entry of save ${save.segmentId}:${save.version}`).toBe(true);
        }

        // Nothing half-way, acknowledged or not: each document has its import entry and the findings of its
        // current texts; each edit revision has its audit entry and each edit entry its revision.
        for (const doc of docRows) {
          expect(imported.has(doc.id), `import entry of document ${doc.id}`).toBe(true);
          const segs = segRows.filter((s) => s.documentId === doc.id).sort((a, b) => a.position - b.position);
          expect(segs.length).toBeGreaterThan(0);
          const inputs = segs.map((s) => ({ id: s.id, paragraph: s.paragraphIndex, source: s.sourceText, target: s.targetText }));
          const { ctx, settings } = await checkContextFor(db, doc.id);
          const expected = checkDocument(inputs, ctx, settings);
          for (const seg of inputs) {
            const stored = findingsOf.get(seg.id);
            expect(stored, `findings of segment ${seg.id}`).toBeDefined();
            const storedPrints = (stored!.findings as { fingerprint: string }[]).map((f) => f.fingerprint).sort();
            expect(storedPrints, `findings of segment ${seg.id}`).toEqual((expected.get(seg.id) ?? []).map((f) => fingerprint(f, seg)).sort());
          }
        }
        expect([...revisionKeys].filter((k) => !edits.has(k))).toEqual([]);
        expect([...edits].filter((k) => !revisionKeys.has(k))).toEqual([]);
        // The runs did work: documents were created and segments saved before the kills.
        expect(all.docs.length).toBeGreaterThan(0);
      } finally {
        await database.close();
      }
    });
  });
}
