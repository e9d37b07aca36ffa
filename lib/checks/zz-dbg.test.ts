import { test } from 'vitest';
import { spellingCheck } from './spelling';
import { namesCheck } from './names';
import { punctuationCheck } from './punctuation';
import { lengthCheck } from './length';
import { untranslatedCheck } from './untranslated';
test('d', () => {
  const ctx = { sourceLang: 'de' as const, targetLang: 'en' as const, glossary: [] };
  const s = (source: string, target: string, c = ctx) => { for (const ch of [spellingCheck, namesCheck, punctuationCheck, lengthCheck, untranslatedCheck]) for (const f of ch({ id: 1, paragraph: 0, source, target }, c)) console.log(source.slice(0,30), '|', f.check, f.message, JSON.stringify(f.fix)); };
  s('Wir erhalten die Ware.', 'We recieve the goods.');
  s('The manufacturer grew.', 'Der Hersteler wuchs.', { sourceLang: 'en', targetLang: 'de', glossary: [] });
  s('Der chinesische Smartphonehersteller Xiaomi hat am Dienstag in Peking seine Quartalszahlen vorgelegt. (3)', 'Chinese smartphone maker Xiaomi presented its quarterly figures in Beijing on Tuesday. (3)');
  s('Der Umsatz stieg im Jahresvergleich um zwölf Prozent auf rund 76 Milliarden Yuan.', 'Revenue rose twelve percent year on year to around 76 billion yuan.');
  s('Firmengründer Lei Jun führte das Wachstum vor allem auf die Nachfrage nach Oberklassemodellen zurück.', 'Founder Lei Jun attributed the growth mainly to demand for high-end models.');
  s('Im Flaggschiffmodell arbeitet ein Snapdragon 8 Plus Gen 1, der laut Unternehmenssprecher deutlich weniger Strom verbraucht.','The flagship model runs on a Snapdragon 8 Plus Gen 1, which according to a company spokesperson uses much less power.');
  s('Wegen anhaltender Lieferkettenprobleme rechnet der Vorstand für das laufende Geschäftsjahr jedoch mit einem schwächeren Absatz in Europa.','Because of ongoing supply chain problems, however, the board expects weaker sales in Europe for the current financial year.');
  s('Die Kameramodule der neuen Geräte entwickelt das Unternehmen weiterhin gemeinsam mit Leica.','The company continues to develop the camera modules of its new devices together with Leica.');
});
