import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { readDocx } from '../lib/formats/docx';
import { XMLLINT_MISSING, xmllint } from '../lib/formats/xml/xmllint';
import { segment } from './helpers';

const fixture = (name: string) => fileURLToPath(new URL(`fixtures/${name}`, import.meta.url));

const EDIT = 'Construction will cost 120 million euros.';

async function wordFile(): Promise<Buffer> {
  const doc = new Document({
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Neuer Bahnhof für die Stadt' }),
          new Paragraph({ text: 'Die Stadt plant einen neuen Bahnhof. Der Bau soll 2027 beginnen.' }),
          new Paragraph({ text: 'Eine Entscheidung fällt im Herbst.' }),
        ],
      },
    ],
  });
  return Packer.toBuffer(doc);
}

async function documentCount(request: APIRequestContext): Promise<number> {
  const res = await request.get('/api/documents');
  expect(res.ok()).toBeTruthy();
  return ((await res.json()) as { documents: unknown[] }).documents.length;
}

async function exported(request: APIRequestContext, id: number, format: string) {
  const res = await request.get(`/api/documents/${id}/export?format=${format}`);
  expect(res.status(), await res.text()).toBe(200);
  return res;
}

/** Downloads an export through the review screen's Export menu, as a user does. */
async function downloaded(page: Page, id: number, format: string): Promise<{ name: string; body: Buffer; text: string }> {
  if (!new URL(page.url()).pathname.endsWith(`/documents/${id}`)) await page.goto(`/documents/${id}`);
  const link = page.getByRole('navigation', { name: 'Export' }).locator(`a[data-format="${format}"]`);
  const [file] = await Promise.all([page.waitForEvent('download'), link.click()]);
  expect(await file.failure()).toBeNull();
  const body = await readFile((await file.path())!);
  return { name: file.suggestedFilename(), body, text: body.toString('utf8') };
}

/** The official OASIS schema accepts the file (skipped where xmllint is not installed). */
function expectValid(xml: string, schema: 'xliff12-official.xsd' | 'xliff20-official.xsd' | 'tmx-1.4b-lektorat.dtd') {
  if (!XMLLINT_MISSING) expect(xmllint(xml, schema)).toBe('');
}

async function importThroughPage(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }, title: string): Promise<number> {
  await page.goto('/documents/import');
  await page.getByLabel('File', { exact: true }).setInputFiles(file);
  await page.getByLabel('Title (optional)').fill(title);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  return Number(/\/documents\/(\d+)$/.exec(page.url())![1]);
}

test('a Word document is imported from the Import file page and exported as .docx, .txt and .md', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('link', { name: 'Import file' }).click();
  await expect(page.getByRole('heading', { name: 'Import file' })).toBeVisible();
  const id = await importThroughPage(page, { name: 'bahnhof.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: await wordFile() }, 'Bahnhof (Word)');
  const rows = page.getByTestId('segment');
  await expect(rows).toHaveCount(4);
  await expect(segment(page, 0).getByTestId('source')).toContainText('Neuer Bahnhof für die Stadt');

  const doc = (await (await page.request.get(`/api/documents/${id}`)).json()) as { document: { segments: { id: number; version: number }[] } };
  const first = doc.document.segments[0]!;
  const saved = await page.request.put(`/api/segments/${first.id}`, { data: { text: 'New station for the city', baseVersion: first.version } });
  expect(saved.ok(), await saved.text()).toBeTruthy();

  const docx = await exported(page.request, id, 'docx');
  expect(docx.headers()['content-type']).toContain('wordprocessingml');
  expect(docx.headers()['content-disposition']).toMatch(/attachment; filename="bahnhof-word\.en-US\.docx"/);
  const word = await downloaded(page, id, 'docx');
  expect(word.name).toBe('bahnhof-word.en-US.docx');
  const text = await readDocx(new Uint8Array(word.body), { maxBytes: 5_000_000, maxUncompressedBytes: 50_000_000 });
  expect(text.text).toContain('New station for the city');
  // The Word file holds the translated text only: Lektorat's own title for the document is not written above it.
  expect(text.text).not.toContain('Bahnhof (Word)');
  expect(text.text.startsWith('# New station for the city')).toBe(true);
  // The heading stays a heading: Markdown shows it as "#".
  expect((await downloaded(page, id, 'txt')).text).toContain('New station for the city');
  expect((await downloaded(page, id, 'md')).text).toContain('# New station for the city');
});

test('an XLIFF file is imported, edited in the review screen and exported in every format', async ({ page }) => {
  const id = await importThroughPage(page, fixture('interop.xlf'), 'Bahnhof (XLIFF)');
  const rows = page.getByTestId('segment');
  await expect(rows).toHaveCount(3);
  // The inline tag is a protected placeholder; the state="translated" unit is edited, the empty target untranslated.
  await expect(segment(page, 0).getByTestId('target')).toContainText('⟦b1⟧new⟦/b1⟧');
  await expect(segment(page, 1).getByTestId('status')).toHaveText('edited');
  await expect(segment(page, 2).getByTestId('status')).toHaveText('untranslated');

  await segment(page, 1).getByTestId('target').click();
  const box = page.getByLabel('Translation of segment 2');
  await expect(box).toBeFocused();
  await box.fill(EDIT);
  const save = page.waitForResponse((r) => r.request().method() === 'PUT' && r.url().includes('/api/segments/'));
  await page.keyboard.press('Control+Enter');
  expect((await save).status()).toBe(200);
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(segment(page, 1).getByTestId('target')).toHaveText(EDIT);

  // The note became a comment thread.
  const threads = (await (await page.request.get(`/api/documents/${id}/comments`)).json()) as unknown;
  expect(JSON.stringify(threads)).toContain('Keep the bold formatting.');

  // Approve the edited segment, so the translation memory has a pair.
  const detail = (await (await page.request.get(`/api/documents/${id}`)).json()) as { document: { segments: { id: number; version: number }[] } };
  const edited = detail.document.segments[1]!;
  const submit = await page.request.post(`/api/segments/${edited.id}/review`, { data: { action: 'submit', baseVersion: edited.version } });
  expect(submit.ok(), await submit.text()).toBeTruthy();
  const approve = await page.request.post(`/api/segments/${edited.id}/review`, { data: { action: 'approve', baseVersion: edited.version + 1 } });
  expect(approve.ok(), await approve.text()).toBeTruthy();

  // Every format through the Export menu of the review screen, as downloaded files.
  await page.goto(`/documents/${id}`);
  const xliff = await exported(page.request, id, 'xliff12');
  expect(xliff.headers()['content-type']).toContain('application/xliff+xml');
  const xlf = await downloaded(page, id, 'xliff12');
  expect(xlf.name).toMatch(/\.xlf$/);
  const xml = xlf.text;
  expect(xml).toContain('<trans-unit id="cost"');
  expect(xml).toContain(EDIT);
  expect(xml).toContain('<g id="b1" ctype="bold">new</g>');
  expect(xml).toContain('<note from="pm">Keep the bold formatting.</note>');
  expect(xml).toContain('state="signed-off"');
  expectValid(xml, 'xliff12-official.xsd');

  // The exported file imports again, with the edit and the approval.
  const again = await page.request.post('/api/documents/import', {
    multipart: { file: { name: 'bahnhof.reviewed.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(xml) } },
  });
  expect(again.status(), await again.text()).toBe(201);
  const reimported = (await again.json()) as { document: { id: number } };
  const segs = ((await (await page.request.get(`/api/documents/${reimported.document.id}`)).json()) as { document: { segments: { targetText: string; status: string }[] } })
    .document.segments;
  expect(segs.map((s) => [s.targetText, s.status])).toEqual([
    ['The city is planning a ⟦b1⟧new⟦/b1⟧ station.', 'machine'],
    [EDIT, 'approved'],
    ['', 'untranslated'],
  ]);

  const xliff20 = await downloaded(page, id, 'xliff20');
  expect(xliff20.name).toMatch(/\.xliff$/);
  expect(xliff20.text).toContain('urn:oasis:names:tc:xliff:document:2.0');
  expect(xliff20.text).toContain(EDIT);
  expectValid(xliff20.text, 'xliff20-official.xsd');

  const tmx = await exported(page.request, id, 'tmx');
  expect(tmx.headers()['x-approved-segments']).toBe('1');
  const memory = (await downloaded(page, id, 'tmx')).text;
  expect(memory).toContain('<tu tuid="cost"');
  expect(memory).toContain(EDIT);
  expect(memory).not.toContain('Die Stadt plant');
  expectValid(memory, 'tmx-1.4b-lektorat.dtd');

  const report = await downloaded(page, id, 'report-html');
  expect(report.name).toMatch(/\.html$/);
  expect(report.text).toMatch(/<del>[^<]*costs[^<]*<\/del>/);
  expect(report.text).toMatch(/<ins>[^<]*will cost[^<]*<\/ins>/);
  expect(report.text).toContain('Ada Admin');

  expect((await downloaded(page, id, 'report-csv')).text).toContain('segments approved,1');

  const json = JSON.parse((await downloaded(page, id, 'json')).text) as { segments: { target: string; status: string; comments: { body: string }[] }[] };
  expect(json.segments[1]).toMatchObject({ target: EDIT, status: 'approved' });
  expect(json.segments[0]!.comments[0]!.body).toBe('Keep the bold formatting.');

  expect((await downloaded(page, id, 'txt')).text).toContain(EDIT);
  const word = await readDocx(new Uint8Array((await downloaded(page, id, 'docx')).body), { maxBytes: 5_000_000, maxUncompressedBytes: 50_000_000 });
  expect(word.text).toContain(EDIT);
});

test('a document without approved segments still exports a valid, empty TMX', async ({ page }) => {
  const id = await importThroughPage(page, fixture('interop.xlf'), 'Bahnhof (no approvals)');
  const tmx = await exported(page.request, id, 'tmx');
  expect(tmx.headers()['x-approved-segments']).toBe('0');
  const body = await tmx.text();
  expect(body).toContain('<header');
  expect(body).not.toContain('<tu');
});

test('hostile uploads get a clear message and create no document', async ({ page }) => {
  const before = await documentCount(page.request);
  await page.goto('/documents/import');
  await page.getByLabel('File', { exact: true }).setInputFiles(fixture('xxe.xlf'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'xxe.xlf' })).toContainText('document type declaration');
  await expect(page).toHaveURL(/\/documents\/import$/);

  await page.getByLabel('File', { exact: true }).setInputFiles(fixture('not-a-zip.docx'));
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'not-a-zip.docx' })).toContainText('not a Word document');
  await expect(page).toHaveURL(/\/documents\/import$/);

  expect(await documentCount(page.request)).toBe(before);
});

test('two parallel texts are aligned, checked in the preview and imported', async ({ page }) => {
  await page.goto('/documents/import');
  await page.getByLabel(/Two parallel texts/).check();
  await page.getByLabel('Source text').setInputFiles({ name: 'himmel.de.txt', mimeType: 'text/plain', buffer: Buffer.from('Der Himmel ist blau.\n\nDas Gras ist grün.') });
  await page.getByLabel('Translation', { exact: true }).setInputFiles(fixture('translation.en.txt'));
  await page.getByRole('button', { name: 'Align', exact: true }).click();
  await expect(page.getByTestId('pair')).toHaveCount(2);
  await expect(page.getByTestId('alignment-summary')).toContainText('all look right');
  await page.getByLabel('Translation for pair 2').fill('The grass is very green.');
  await page.getByRole('button', { name: 'Import aligned translation' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(page.getByTestId('provenance')).toHaveText('uploaded translation');
  await expect(segment(page, 1).getByTestId('target')).toHaveText('The grass is very green.');
});

test('an exported XLIFF gives the client’s source back byte for byte, with findings on the targets or none at all', async ({ page }) => {
  const client = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
    '<file original="client.docx" source-language="de" target-language="en-US" datatype="plaintext"><body>',
    '<trans-unit id="a1"><source>Die Partnerschaaft wird <g id="1" ctype="bold">bald</g>   verlängert.</source><target>The partnership will <g id="1" ctype="bold">soon</g> be extended.</target></trans-unit>',
    '</body></file></xliff>',
  ].join('\n');
  const sources = (xml: string) => xml.match(/<source[^>]*>[\s\S]*?<\/source>/g) ?? [];
  const id = await importThroughPage(page, { name: 'client.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(client) }, 'Client file');
  // The misspelled source word is found and shown in the review screen…
  await expect(segment(page, 0).getByTestId('source').locator('[data-finding]').first()).toBeVisible();

  const annotated = (await downloaded(page, id, 'xliff12')).text;
  expect(sources(annotated)).toEqual(sources(client));
  // …and travels on the target, naming the source word.
  expect(annotated).toMatch(/<target[^>]*>[\s\S]*its:locQualityIssueComment="In the source, “Partnerschaaft”/);
  expectValid(annotated, 'xliff12-official.xsd');

  await page.getByLabel('Findings in XLIFF').uncheck();
  const bare = (await downloaded(page, id, 'xliff12')).text;
  expect(bare).not.toContain('locQualityIssue');
  expect(sources(bare)).toEqual(sources(client));
});

test('a translate-toolkit XLIFF that declares other languages is imported with the languages the user names, and says so', async ({ page }) => {
  const po2xliff = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<xliff version="1.1" xmlns="urn:oasis:names:tc:xliff:document:1.1">',
    '<file original="app.po" source-language="en-US" datatype="po"><body>',
    '<trans-unit id="1"><source>Datei öffnen</source><target state="translated">Open file</target></trans-unit>',
    '</body></file></xliff>',
  ].join('\n');
  await page.goto('/documents/import');
  await page.getByLabel('File', { exact: true }).setInputFiles({ name: 'app.xlf', mimeType: 'application/xliff+xml', buffer: Buffer.from(po2xliff) });
  // Left to the file, the pair is refused with what to do…
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText(/Choose the source and target language above/)).toBeVisible();
  // …and named by the user, it is imported with a warning to read before the document opens.
  await page.getByLabel('Source language').selectOption('de');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByText('The file says its languages are en-US → ?; your choice, de → en-US, is used.')).toBeVisible();
  await page.getByRole('button', { name: 'Open the document' }).click();
  await expect(page).toHaveURL(/\/documents\/\d+$/);
  await expect(segment(page, 0).getByTestId('target')).toHaveText('Open file');
});
