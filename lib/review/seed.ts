/** First-run seeding: the bundled sample article with its bundled sample translation, aligned like a pasted one. */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import type { Db } from '../db/client';
import { meta } from '../db/schema';
import { alignBlocks, toSegmentTargets } from '../align';
import { segmentText } from '../segment';
import { createDocument } from './documents';

export const SAMPLE_TITLE = 'Xiaomi bestätigt die Partnerschaft mit Leica (sample)';

/** Builds one target per source segment by aligning a translation text to the source. */
export function alignedTargets(sourceText: string, translationText: string, format: 'txt' | 'md', sourceLang: 'de' | 'en'): string[] {
  const targetLang = sourceLang === 'de' ? 'en' : 'de';
  const source = segmentText(sourceText, sourceLang, format);
  const target = segmentText(translationText, targetLang, format);
  const byKey = toSegmentTargets(alignBlocks(source, target, { sourceLang, targetLang }));
  return source.flatMap((b) => b.sentences.map((_, i) => byKey.get(`${b.index}:${i}`) ?? ''));
}

/** Seeds the sample once per database, so a sample the user deleted stays deleted. */
export async function seedSample(db: Db, samplesDir: string): Promise<boolean> {
  const [done] = await db.select().from(meta).where(eq(meta.key, 'sample-seeded'));
  if (done) return false;
  const [de, en] = await Promise.all([
    readFile(path.join(samplesDir, 'xiaomi-leica.de.txt'), 'utf8'),
    readFile(path.join(samplesDir, 'xiaomi-leica.en.txt'), 'utf8'),
  ]);
  // The marker commits with the document, so a crash between the two neither loses nor doubles the sample.
  await db.transaction(async (tx) => {
    await createDocument(
      tx,
      {
        title: SAMPLE_TITLE,
        sourceLang: 'de',
        targetLang: 'en-US',
        format: 'txt',
        text: de,
        translation: { kind: 'provided', origin: 'bundled-sample', targets: alignedTargets(de, en, 'txt', 'de') },
        author: 'Lektorat sample',
      },
      { maxSourceChars: Number.MAX_SAFE_INTEGER },
    );
    await tx.insert(meta).values({ key: 'sample-seeded', value: new Date().toISOString() }).onConflictDoNothing();
  });
  return true;
}
