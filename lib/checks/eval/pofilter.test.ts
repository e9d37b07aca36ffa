import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePofilterOutput, poString, toPo } from './pofilter';

const pairs = [
  { source: 'Er sagt "Hallo" zu 3 Leuten.', target: 'He says "hello" to 4 people.' },
  { source: 'Ein Pfad wie C:\\temp\\neu ist erlaubt.', target: 'A path such as C:\\temp\\neu is allowed.' },
  { source: 'Die Datei wird gelesen, wenn -l gegeben ist.', target: 'The file is read when -l is given' },
];

describe('poString', () => {
  it('escapes backslashes, quotes and control characters', () => {
    expect(poString('a "b" \\n\tc\nd')).toBe('"a \\"b\\" \\\\n\\tc\\nd"');
  });
});

describe('parsePofilterOutput', () => {
  it('reads the failed tests of each unit, joining wrapped msgids and leaving out the header', () => {
    const out = [
      'msgid ""', 'msgstr ""', '"Language: en\\n"', '',
      '# (pofilter) numbers: Different numbers', '# (pofilter) endpunc: Different punctuation at the end',
      'msgid ""', '"Er sagt \\"Hallo\\" "', '"zu 3 Leuten."', 'msgstr "He says 4"', '',
    ].join('\n');
    expect(parsePofilterOutput(out)).toEqual(new Map([['Er sagt "Hallo" zu 3 Leuten.', ['numbers', 'endpunc']]]));
  });
});

describe.skipIf(!existsSync('/usr/bin/pofilter'))('with translate-toolkit installed', () => {
  it('pofilter reads the file written and its findings map back to the sources', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pofilter-'));
    try {
      writeFileSync(join(dir, 'in.po'), toPo(pairs, 'en'));
      const run = spawnSync('/usr/bin/pofilter', ['--progress=none', '-i', join(dir, 'in.po'), '-o', join(dir, 'out.po')], { encoding: 'utf8' });
      expect(run.status).toBe(0);
      const failed = parsePofilterOutput(readFileSync(join(dir, 'out.po'), 'utf8'));
      expect(failed.get(pairs[0]!.source)).toContain('numbers');
      expect(failed.get(pairs[2]!.source)).toContain('endpunc');
      expect(failed.has(pairs[1]!.source)).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
