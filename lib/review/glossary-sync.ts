/** The project glossary as a file (CSV, TBX) in both directions, and kept in step with a DeepL glossary for machine translation. */
import { and, eq, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { DEFAULT_PROJECT_ID, glossaryEntries, meta } from '../db/schema';
import { DomainError, invalid } from '../errors';
import { exportFileName, FormatError, readGlossaryCsv, readTbx, writeGlossaryCsv, writeTbx, type GlossaryRow } from '../formats';
import { syncGlossary, type SkippedEntry } from '../mt';
import { describeControlChar, findControlChar } from '../validation';
import { recordActivity } from './activity';
import { recheckProject } from './findings';
import { glossaryEntrySchema, listGlossary } from './settings';
import type { UploadedFile } from './interchange';
import type { Who } from './workflow';

export const GLOSSARY_FORMATS = ['csv', 'tbx'] as const;
export type GlossaryFormat = (typeof GLOSSARY_FORMATS)[number];

/** The languages of the project's terms: source terms are in the documents' source language. */
export interface GlossaryLanguages {
  sourceLang: 'de' | 'en';
  targetLang: 'de' | 'en';
}

export async function exportGlossary(db: Db, format: GlossaryFormat, langs: GlossaryLanguages, projectId = DEFAULT_PROJECT_ID) {
  const rows: GlossaryRow[] = (await listGlossary(db, projectId)).map((e) => ({
    sourceTerm: e.sourceTerm,
    targetTerm: e.targetTerm,
    forbidden: e.forbidden,
    ...(e.note ? { note: e.note } : {}),
  }));
  const name = `glossary-${langs.sourceLang}-${langs.targetLang}`;
  return format === 'csv'
    ? { body: writeGlossaryCsv(rows), contentType: 'text/csv; charset=utf-8', fileName: exportFileName(name, '', 'csv'), entries: rows.length }
    : { body: writeTbx(rows, langs), contentType: 'application/x-tbx+xml; charset=utf-8', fileName: exportFileName(name, '', 'tbx'), entries: rows.length };
}

export const GLOSSARY_IMPORT_MODES = ['merge', 'replace'] as const;
export type GlossaryImportMode = (typeof GLOSSARY_IMPORT_MODES)[number];

/**
 * Reads a CSV or TBX glossary and merges it into the project's (same source term: the file wins) or
 * replaces the project's with it. The file is read and every row validated before anything changes.
 */
export async function importGlossary(
  db: Db,
  input: { file: UploadedFile; mode: GlossaryImportMode; langs?: GlossaryLanguages; who: Who },
  projectId = DEFAULT_PROJECT_ID,
) {
  const ext = /\.([a-z0-9]+)$/i.exec(input.file.name)?.[1]?.toLowerCase();
  if (ext !== 'csv' && ext !== 'tbx' && ext !== 'xml') {
    throw new DomainError('unsupported-type', `"${input.file.name}" is not a glossary file. Import a .csv (source, target, forbidden, note) or a .tbx file.`);
  }
  let rows: GlossaryRow[];
  try {
    rows = ext === 'csv' ? readGlossaryCsv(input.file.bytes) : readTbx(input.file.bytes, input.langs).rows;
  } catch (err) {
    if (err instanceof FormatError) {
      const domain = err.toDomainError();
      throw new DomainError(domain.code, `"${input.file.name}": ${err.message}`, domain.details);
    }
    throw err;
  }
  if (rows.length === 0) throw invalid(`"${input.file.name}" contains no terms. Nothing was changed.`);
  const entries = rows.map((row, i) => {
    const parsed = glossaryEntrySchema.safeParse(row);
    if (!parsed.success) {
      throw invalid(`Term ${i + 1} ("${row.sourceTerm.slice(0, 40)}"): ${parsed.error.issues.map((x) => x.message).join('; ')} Nothing was changed.`);
    }
    const control = findControlChar(parsed.data);
    if (control) throw invalid(`"${input.file.name}", term ${i + 1}: ${control.path.join('.')} ${describeControlChar(control)} Remove it in your spreadsheet and import the file again.`);
    return parsed.data;
  });
  // The last row of a source term wins, as it would in a spreadsheet read top to bottom.
  const bySource = new Map(entries.map((e) => [e.sourceTerm, e]));
  await db.transaction(async (tx) => {
    if (input.mode === 'replace') {
      await tx
        .delete(glossaryEntries)
        .where(and(eq(glossaryEntries.projectId, projectId), notInArray(glossaryEntries.sourceTerm, [...bySource.keys()])));
    }
    for (const e of bySource.values()) {
      await tx
        .insert(glossaryEntries)
        .values({ projectId, ...e, note: e.note ?? null })
        .onConflictDoUpdate({
          target: [glossaryEntries.projectId, glossaryEntries.sourceTerm],
          set: { targetTerm: e.targetTerm, forbidden: e.forbidden, note: e.note ?? null },
        });
    }
    await recheckProject(tx, projectId);
    await recordActivity(tx, { actor: input.who.name, actorId: input.who.id, action: 'glossary-import', details: { file: input.file.name, mode: input.mode, terms: bySource.size } });
  });
  return { imported: bySource.size, mode: input.mode, total: (await listGlossary(db, projectId)).length };
}

// ── DeepL glossary ───────────────────────────────────────────────────────────

const deeplKey = (projectId: number) => `deepl-glossary:${projectId}`;

const storedSync = z.object({
  glossaryId: z.string().nullable(),
  sourceLang: z.enum(['de', 'en']),
  targetLang: z.enum(['de', 'en']),
  entries: z.number(),
  syncedAt: z.string(),
});
export type DeepLGlossarySync = z.infer<typeof storedSync>;

export async function deeplGlossarySync(db: Db, projectId = DEFAULT_PROJECT_ID): Promise<DeepLGlossarySync | null> {
  const [row] = await db.select().from(meta).where(eq(meta.key, deeplKey(projectId)));
  if (!row) return null;
  const parsed = storedSync.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : null;
}

/** The DeepL glossary to translate a document with: the project's synced one, if it is for the document's languages. */
export async function deeplGlossaryId(db: Db, projectId: number, langs: GlossaryLanguages): Promise<string | undefined> {
  const sync = await deeplGlossarySync(db, projectId);
  if (!sync?.glossaryId || sync.sourceLang !== langs.sourceLang || sync.targetLang !== langs.targetLang) return undefined;
  return sync.glossaryId;
}

/** Replaces the project's DeepL glossary with the current terms; the id is kept in meta `deepl-glossary:<projectId>`. */
export async function syncDeepLGlossary(
  db: Db,
  input: { authKey: string; serverUrl?: string; langs: GlossaryLanguages; who: Who; now: Date },
  projectId = DEFAULT_PROJECT_ID,
): Promise<{ sync: DeepLGlossarySync; skipped: SkippedEntry[] }> {
  if (input.langs.sourceLang === input.langs.targetLang) throw invalid('Choose two different languages for the DeepL glossary.');
  const entries = await listGlossary(db, projectId);
  const previous = await deeplGlossarySync(db, projectId);
  const result = await syncGlossary({
    authKey: input.authKey,
    ...(input.serverUrl ? { serverUrl: input.serverUrl } : {}),
    name: `Lektorat project ${projectId} (${input.langs.sourceLang}→${input.langs.targetLang})`,
    sourceLang: input.langs.sourceLang,
    targetLang: input.langs.targetLang,
    entries: entries.map((e) => ({ source: e.sourceTerm, target: e.targetTerm })),
    ...(previous?.glossaryId ? { existingId: previous.glossaryId } : {}),
  });
  const sync: DeepLGlossarySync = {
    glossaryId: result.glossaryId,
    ...input.langs,
    entries: entries.length - result.skipped.length,
    syncedAt: input.now.toISOString(),
  };
  await db.transaction(async (tx) => {
    await tx
      .insert(meta)
      .values({ key: deeplKey(projectId), value: JSON.stringify(sync) })
      .onConflictDoUpdate({ target: meta.key, set: { value: JSON.stringify(sync) } });
    await recordActivity(tx, { actor: input.who.name, actorId: input.who.id, action: 'glossary-sync', details: { glossaryId: sync.glossaryId, entries: sync.entries, skipped: result.skipped.length } });
  });
  return { sync, skipped: result.skipped };
}
