/** Test helper: validates XML text with Debian's xmllint against the schemas in lib/formats/schemas, offline. */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const SCHEMAS = fileURLToPath(new URL('../schemas', import.meta.url));
export const XMLLINT = '/usr/bin/xmllint';
/** Why validation tests are skipped, or null when xmllint is there. */
export const XMLLINT_MISSING = existsSync(XMLLINT) ? null : 'xmllint is not installed (apt-get install libxml2-utils); schema validation skipped';

/** xmllint's complaints ('' when valid). `against` is an .xsd or .dtd file name in lib/formats/schemas. */
export function xmllint(xml: string, against: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'lektorat-xml-')), 'doc.xml');
  writeFileSync(file, xml);
  const mode = against.endsWith('.dtd') ? '--dtdvalid' : '--schema';
  const run = spawnSync(XMLLINT, ['--noout', '--nonet', mode, join(SCHEMAS, against), file], { encoding: 'utf8' });
  return run.status === 0 ? '' : run.stderr || `xmllint exited with ${run.status}`;
}
