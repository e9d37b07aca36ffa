/** Project settings: which checks run and at what severity, and the project glossary. */
import { asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../db/client';
import { glossaryEntries, projects, DEFAULT_PROJECT_ID } from '../db/schema';
import { CHECKS, SEVERITIES, ruleById, rulesOf, type CheckSettings } from '../checks';
import { DomainError, notFound } from '../errors';
import { recheckProject } from './findings';

export const checkSettingsSchema = z.record(
  z.string(),
  z.object({ enabled: z.boolean(), severity: z.enum(SEVERITIES).optional() }),
);

export async function getCheckSettings(db: Db, projectId = DEFAULT_PROJECT_ID) {
  const [project] = await db.select().from(projects).where(eq(projects.id, projectId));
  if (!project) throw notFound('The project');
  const saved = project.checkSettings;
  return CHECKS.map((c) => ({
    id: c.id,
    label: c.label,
    description: c.description,
    enabled: saved[c.id]?.enabled ?? true,
    severity: saved[c.id]?.severity ?? null,
    // The family's rules with their catalogue defaults, so the settings page can say what "default" means.
    rules: rulesOf(c.id).map((r) => ({
      id: r.id,
      label: r.label,
      description: r.description,
      category: r.category,
      defaultSeverity: r.severity,
      defaultEnabled: r.enabled,
      enabled: saved[r.id]?.enabled ?? r.enabled,
      severity: saved[r.id]?.severity ?? null,
    })),
  }));
}

export async function updateCheckSettings(db: Db, settings: CheckSettings, projectId = DEFAULT_PROJECT_ID) {
  const unknown = Object.keys(settings).filter((id) => !CHECKS.some((c) => c.id === id) && !ruleById(id));
  if (unknown.length) throw new DomainError('invalid', `Unknown check or rule: ${unknown.join(', ')}.`);
  await db.transaction(async (tx) => {
    await tx.update(projects).set({ checkSettings: settings }).where(eq(projects.id, projectId));
    await recheckProject(tx, projectId);
  });
  return getCheckSettings(db, projectId);
}

export const glossaryEntrySchema = z.object({
  sourceTerm: z.string().trim().min(1, 'The source term is empty.').max(200),
  targetTerm: z.string().trim().min(1, 'The required translation is empty.').max(200),
  forbidden: z.array(z.string().trim().min(1).max(200)).max(50).default([]),
  note: z.string().max(1000).optional(),
});

export async function listGlossary(db: Db, projectId = DEFAULT_PROJECT_ID) {
  return db.select().from(glossaryEntries).where(eq(glossaryEntries.projectId, projectId)).orderBy(asc(glossaryEntries.sourceTerm));
}

export async function addGlossaryEntry(db: Db, entry: z.infer<typeof glossaryEntrySchema>, projectId = DEFAULT_PROJECT_ID) {
  return db.transaction(async (tx) => {
    const [created] = await tx
      .insert(glossaryEntries)
      .values({ projectId, ...entry })
      .onConflictDoUpdate({
        target: [glossaryEntries.projectId, glossaryEntries.sourceTerm],
        set: { targetTerm: entry.targetTerm, forbidden: entry.forbidden, note: entry.note ?? null },
      })
      .returning();
    await recheckProject(tx, projectId);
    return created!;
  });
}

export async function deleteGlossaryEntry(db: Db, id: number, projectId = DEFAULT_PROJECT_ID) {
  await db.transaction(async (tx) => {
    const deleted = await tx.delete(glossaryEntries).where(eq(glossaryEntries.id, id)).returning();
    if (deleted.length === 0) throw notFound('The glossary entry');
    await recheckProject(tx, projectId);
  });
}
