import { it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { readXliff12, writeXliff12 } from '@/lib/formats/xliff12';
it('s', () => {
  const text = readFileSync('lib/formats/fixtures/sample-1.2.xlf', 'utf8');
  const f = readXliff12(text);
  const { skeleton, ...rest } = f;
  writeFileSync('/tmp/fresh12.xlf', writeXliff12(rest));
  const u = f.units[0]!;
  u.state = 'approved';
  u.target = ['Xiaomi confirms'];
  u.issues = [{ type: 'omission', comment: 'bold lost', severity: 30, side: 'target', span: { start: 7, end: 15 } }];
  u.notes.push({ from: 'rev', text: 'a & b' });
  f.units[3]!.target = null;
  f.units[5]!.target = ['New'];
  f.units[5]!.state = 'edited';
  writeFileSync('/tmp/patched12.xlf', writeXliff12(f));
});
