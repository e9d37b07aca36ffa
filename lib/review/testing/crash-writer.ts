/**
 * The child of the kill -9 test: opens a database, then creates documents and saves segments until it is
 * killed, printing one line per acknowledged operation (after its await resolved).
 * Usage: node --import tsx lib/review/testing/crash-writer.ts <database url or PGlite directory> <seed>
 */
import { openDatabase, type Db } from '../../db/client';
import { createDocument, getDocument } from '../documents';
import { saveSegment } from '../segments';

const [url, seedArg] = process.argv.slice(2);
if (!url) throw new Error('Usage: crash-writer.ts <database> <seed>');

// A seeded generator, so a failing run can be repeated with its seed.
let state = Number(seedArg ?? 1) >>> 0 || 1;
function random(): number {
  state ^= state << 13;
  state ^= state >>> 17;
  state ^= state << 5;
  return (state >>> 0) / 2 ** 32;
}
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)]!;

// Sentences with numbers, names and terms, so the checks have something to find in some of them.
const SENTENCES: [string, string][] = [
  ['Der Preis stieg um 12 Prozent.', 'The price rose by 12 percent.'],
  ['Berlin hat 3,7 Millionen Einwohner.', 'Berlin has 3.9 million inhabitants.'],
  ['Die Sitzung beginnt um 9 Uhr.', 'The meeting starts at 10 am.'],
  ['Das Wetter ist heute schön.', 'The weather is nice today.'],
  ['Frau Müller leitet das Projekt.', 'Mrs Miller leads the project.'],
  ['Der Vertrag wurde im Mai unterschrieben.', 'The contract was signed in May.'],
];

function line(text: string) {
  process.stdout.write(`${text}\n`);
}

/** One writer: creates documents and saves their segments; writers own their documents, so saves never conflict. */
async function writer(db: Db, name: string) {
  const docs: { segmentIds: number[]; versions: Map<number, number> }[] = [];
  for (let i = 0; i < 2_000; i++) {
    if (docs.length === 0 || random() < 0.25) {
      const pairs = Array.from({ length: 4 + Math.floor(random() * 20) }, () => pick(SENTENCES));
      const text = pairs.map(([de], k) => (k % 3 === 2 ? `${de}\n\n` : `${de} `)).join('');
      const doc = await createDocument(
        db,
        {
          title: `Crash ${seedArg}-${name}-${i}`,
          sourceLang: 'de',
          targetLang: 'en-GB',
          format: 'txt',
          text,
          translation: { kind: 'provided', origin: 'pasted', targets: pairs.map(([, en]) => en) },
          author: name,
        },
        { maxSourceChars: 100_000 },
      );
      line(`doc ${doc.id} ${pairs.length}`);
      const full = await getDocument(db, doc.id);
      docs.push({ segmentIds: full.segments.map((s) => s.id), versions: new Map(full.segments.map((s) => [s.id, s.version])) });
    } else {
      const doc = pick(docs);
      const segmentId = pick(doc.segmentIds);
      const [, en] = pick(SENTENCES);
      const { segment } = await saveSegment(db, { segmentId, text: `${en} (${name} ${i})`, baseVersion: doc.versions.get(segmentId)!, author: name });
      doc.versions.set(segmentId, segment.version);
      line(`save ${segment.id} ${segment.version}`);
    }
  }
}

const { db } = await openDatabase(url);
line('ready');
// Several writers at once, so that a kill finds operations in every phase, not just one.
await Promise.all(['Ann', 'Ben', 'Cem', 'Dora'].map((name) => writer(db, name)));
