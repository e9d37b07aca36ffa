/** German and English function words: articles, pronouns, prepositions, auxiliaries and particles that carry no content of their own. */
import type { BaseLang } from '../lang';

// Generous on purpose: these words are often dropped or added by a faithful translation,
// so counting them as content would make the coverage check cry wolf. That includes the reported-speech
// (Konjunktiv I) forms of the auxiliaries and modals ("sei", "könne"), and on the English side what the
// German list has counterparts for: indefinite pronouns ("anyone" ~ „man“, „jeder“), "now" („jetzt“),
// "able" ("be able to" = „können“), light "get", and the hedges "sort of", "kind of", "a bit", "like".
const DE = `
der die das den dem des ein eine einer eines einem einen kein keine keiner keines keinem keinen
ich du er sie es wir ihr mich dich sich uns euch mir dir ihm ihn ihnen ihnen man
mein meine meiner meines meinem meinen dein deine sein seine seiner seines seinem seinen
ihr ihre ihrer ihres ihrem ihren unser unsere unserer unseres unserem unseren euer eure
dieser diese dieses diesem diesen jener jene jenes jenem jenen welcher welche welches welchem welchen
derselbe dieselbe dasselbe derselben denselben demselben desselben dieselben denen deren dessen wer wen wem wessen was
und oder aber sondern denn doch sowie bzw sowohl als auch weder noch entweder
dass daß ob wenn weil da als wie während obwohl damit sodass so falls bevor nachdem seit seitdem bis
in im ins an am ans auf aus bei beim mit nach von vom zu zum zur für fürs über unter um vor durch
gegen ohne hinter neben zwischen per pro laut trotz wegen gegenüber innerhalb außerhalb
ist sind war waren bin bist seid sein gewesen wird werden wurde wurden worden geworden werde wirst
hat haben hatte hatten habe hast gehabt kann können konnte konnten muss müssen musste mussten
soll sollen sollte sollten will wollen wollte wollten darf dürfen durfte mag mögen möchte möchten
würde würden wäre wären hätte hätten könnte könnten müsste
müssten dürfte dürften durften mochte mochten werdet wurdest habt hattest
sei seien seiest seiet könne könnest müsse solle wolle dürfe möge mögest
nicht nur auch noch schon bereits sehr so mehr weiter dabei dazu darauf daran damit dadurch davon
hier dort dann nun jetzt etwa rund ja nein doch mal eben wohl halt eigentlich immer
darüber darunter daraus darin darum dafür dagegen danach davor daneben dahinter damals deshalb deswegen
daher trotzdem dennoch jedoch allerdings zudem außerdem ebenfalls sogar bereits zwar also
hierzu hierfür hiermit worüber worauf womit wofür wovon
hin her hinweg herum hinaus heraus herein hinein hindurch herunter hinunter herauf hinauf herüber hinüber
herbei herab hinab umher empor entlang dahin dorthin hierher fort weg los vorbei voran
es sich selbst selber einander alle alles allem allen aller jede jeder jedes jedem jeden
einige einigen einiger manche viele vielen wenige etwas nichts
`;

const EN = `
the a an this that these those there here it its it's they them their theirs he him his she her hers
we us our ours you your yours i me my mine who whom whose which what
and or but nor so yet as if than then that because while although though when whereas whether
of in on at by for with from to into onto over under about after before since until through
during against without within between among per via upon off out up down around across
is are was were be been being am has have had having do does did done will would shall should
can could may might must want wants wanted wanting become becomes became becoming
not no only also too very just already still even more most such both either neither each every
all any some many much few other another own same
however therefore thus also moreover furthermore though even
one one's itself themselves himself herself ourselves yourself
anyone anybody everyone everybody someone somebody nobody everything something anything nothing
now like able get gets got gotten getting sort kind bit
cannot
s t
`;

const SETS: Record<BaseLang, Set<string>> = {
  de: new Set(DE.split(/\s+/).filter(Boolean)),
  en: new Set(EN.split(/\s+/).filter(Boolean)),
};

// English contractions: a function word with a clitic ("isn't", "we've", "I'd", "it's") is a function word;
// the n't stems that are no words alone ("can't", "won't", "shan't", "ain't") are listed.
const EN_CLITIC = /^(\p{L}+?)(n['’]t|['’](?:ve|d|ll|re|m|s))$/u;
const NOT_STEMS = new Set(['ca', 'wo', 'sha', 'ai', 'let']);

/** True for a function word of `lang`; `word` must be lowercase. */
export function isStopword(word: string, lang: BaseLang): boolean {
  if (SETS[lang].has(word)) return true;
  if (lang !== 'en' || word.length < 3 || (!word.includes("'") && !word.includes('’'))) return false;
  const stem = EN_CLITIC.exec(word)?.[1];
  return stem !== undefined && (SETS.en.has(stem) || NOT_STEMS.has(stem));
}
