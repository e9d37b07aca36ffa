/** Closed-class German words (articles, pronouns, prepositions, conjunctions, auxiliaries) as lowercase sets. */

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s+/));

/** The definite and indefinite articles. */
export const ARTICLES = set(`der die das dem den des ein eine einer einem einen eines`);

/** Articles, demonstratives, possessives and quantifiers: a word after one of these is attributive, not a verb. */
export const DETERMINERS: ReadonlySet<string> = new Set([
  ...ARTICLES,
  ...set(`
  kein keine keiner keinem keinen keines
  mein meine meiner meinem meinen meines dein deine deiner deinem deinen deines
  sein seine seiner seinem seinen seines ihr ihre ihrer ihrem ihren ihres
  unser unsere unserer unserem unseren unseres euer eure eurer eurem euren eures
  dieser diese dieses diesem diesen jener jene jenes jenem jenen
  jeder jede jedes jedem jeden mancher manche manches manchem manchen
  welcher welche welches welchem welchen solcher solche solches solchem solchen
  alle aller allem allen alles beide beiden beider viele vielen vieler wenige wenigen weniger
  einige einigen einiger mehrere mehreren mehrerer sämtliche sämtlichen derselbe dieselbe dasselbe
  denselben demselben desselben derjenige diejenige dasjenige diejenigen
`),
]);

/** Prepositions, including contractions with the article. */
export const PREPOSITIONS = set(`
  ab an am ans auf aufs aus außer außerhalb bei beim bis dank durch durchs entlang für fürs
  gegen gegenüber gemäß hinter hinterm in im ins innerhalb inklusive je jenseits laut mit mithilfe mittels nach
  neben nebst ob oberhalb ohne pro samt seit statt trotz über überm übers um ums unter unterm unterhalb
  von vom vor vorm während wegen wider zu zum zur zwischen zufolge aufgrund anhand anstatt anstelle
  bezüglich hinsichtlich infolge seitens unweit angesichts abseits binnen
`);

/** Personal, reflexive, indefinite and interrogative pronouns. */
export const PRONOUNS = set(`
  ich du er sie es wir ihr mich dich ihn uns euch mir dir ihm ihnen sich man jemand niemand
  jemanden jemandem niemanden niemandem nichts etwas wer wen wem wessen was
`);

/** Relative pronouns opening a verb-final clause after a comma. */
export const RELATIVE_PRONOUNS = set(`der die das dem den denen dessen deren welcher welche welches welchem welchen`);

export const COORDINATORS = set(`und oder aber sondern denn sowie bzw doch jedoch sowohl weder noch entweder beziehungsweise`);

/** Subordinating conjunctions (verb-final clause) and the comparison particles that allow Ausklammerung. */
export const SUBORDINATORS = set(`
  dass daß weil ob wenn als falls obwohl obgleich obschon während bevor nachdem seit seitdem
  sobald solange sofern soweit damit indem ehe bis wie wo wohin woher womit wofür worauf woran
  worüber wovon wozu warum weshalb wieso weswegen wann wer was welche welcher welches
  ohne anstatt statt um zumal sodass
`);

/** Particles and adverbs that head a complement after the right bracket (Ausklammerung, comparison). */
export const AFTER_BRACKET_OK = set(`als wie denn etc usw bzw z. b.`);

/** Frequent adverbs and particles; none of them is a verb, whatever its ending. */
export const ADVERBS = set(`
  nicht auch noch schon erst nur sehr ganz so zu ziemlich recht besonders äußerst bereits jetzt
  heute morgen gestern übermorgen vorgestern immer nie niemals oft selten bald sofort dann damals da dort hier
  oben unten innen außen vorne hinten links rechts eben neben zusammen trotzdem dennoch deshalb darum daher
  dabei dafür dagegen daneben darauf daran darin darüber davon davor dazu dazwischen hierbei hierzu
  seitdem stattdessen indessen unterdessen inzwischen mittlerweile zuvor vorher nachher danach
  zuletzt zumindest mindestens höchstens meist meistens längst fast kaum etwa rund ungefähr gern gerne
  selbst sonst allerdings eigentlich vielleicht wohl ja nein doch mal einmal wieder erneut ebenfalls
  gleichzeitig insgesamt weltweit bisher bislang derzeit zurzeit nun genau gerade gleich weiter
  natürlich lediglich ebenso außerdem überhaupt offenbar vermutlich wahrscheinlich tatsächlich leider
  sogar bloß eher lange weit mehr weniger am zunächst endlich schließlich nämlich bitte
  unbedingt wirklich wahrlich zugleich jeweils teilweise ebenso morgens abends nachts
`);

/** Number words ending like verbs or adjectives. */
export const NUMBER_WORDS = set(`
  eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf zwanzig dreißig hundert tausend
  zweiten dritten vierten siebten ersten letzten
`);

/** Finite forms of sein: with them a participle may also be a predicative adjective ("ist bekannt für"). */
export const SEIN_FORMS = set(`bin bist ist sind seid war warst waren wart sei seist seien wäre wärst wären wärt`);

/** Finite forms of haben and sein: the perfect auxiliaries, closed by a participle. */
export const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set([
  ...SEIN_FORMS,
  ...set(`habe hast hat haben habt hatte hattest hatten hattet hätte hättest hätten hättet`),
]);

/** Finite forms of werden: future (infinitive) or passive (participle). */
export const WERDEN_FORMS = set(`werde wirst wird werden werdet wurde wurdest wurden wurdet würde würdest würden würdet`);

/** Finite forms of the modals (and lassen): closed by an infinitive. */
export const MODALS = set(`
  kann kannst können könnt konnte konntest konnten konntet könnte könnten
  muss musst müssen müsst musste mussten müsste müssten muß
  soll sollst sollen sollt sollte solltest sollten
  will willst wollen wollt wollte wolltest wollten
  darf darfst dürfen dürft durfte durften dürfte dürften
  mag magst mögen möchte möchtest möchten mochte mochten
  lässt ließ ließen
`);

/** Every finite auxiliary or modal: they open the verbal bracket in a main clause. */
export const AUXILIARIES: ReadonlySet<string> = new Set([...PERFECT_AUXILIARIES, ...WERDEN_FORMS, ...MODALS]);

/**
 * Unambiguous finite forms of frequent verbs (no infinitive or adjective looks the same): one of these
 * makes a sentence a clause, and two in a row are a garbled sentence.
 */
export const FINITE_VERBS = set(`
  bin bist ist war warst sei seist wäre wärst hast hat hatte hattest hätte
  wirst wird wurde wurdest würde kann kannst konnte könnte muss musst musste müsste muß
  soll sollst sollte will willst wollte darf darfst durfte dürfte mag magst möchte mochte
  gibt gab gäbe geht ging ginge kommt kam käme steht stand stünde liegt lag bleibt blieb gilt galt
  heißt hieß weiß wusste nimmt nahm sieht sah findet fand bringt brachte denkt dachte lässt ließ
  tut tat hält hielt fällt fiel trägt trug zeigt zeigte sagt sagte macht machte läuft lief
  spricht sprach schreibt schrieb erhält erhielt enthält enthielt beginnt begann gewinnt gewann
  verliert verlor scheint schien fährt fuhr zieht zog setzt setzte stellt stellte gehört gehörte
  erscheint erschien entsteht entstand versteht verstand bietet bot treibt trieb wirkt wirkte
  handelt handelte arbeitet arbeitete braucht brauchte kennt kannte nennt nannte
  entspricht entsprach betrifft betraf beträgt betrug bedeutet bedeutete erreicht erreichte
  steigt stieg sinkt sank wächst wuchs reicht reichte fehlt fehlte folgt folgte führt führte
  zählt zählte kostet kostete sitzt saß trifft traf hilft half wirft warf rät riet tritt trat
  lädt lud wählt wählte spielt spielte lebt lebte wohnt wohnte glaubt glaubte meint meinte
`);

/** Adjectives and adverbs that end like finite verbs (-t, -st). */
export const NOT_VERBS_T = set(`
  nicht jetzt erst fast meist zumindest selbst sonst längst fest best gut weit breit leicht recht
  hart zart alt kalt laut seit mit bereit oft gesamt insgesamt weltweit komplett perfekt direkt
  exakt korrekt konkret absolut interessant relevant elegant rot tot satt glatt nett spät echt
  dicht schlecht schlicht schnellst nächst zuerst zuletzt samt nebst jeweilig beliebt bekannt
  acht halt genannt sogenannt breit heut sanft zart stolz laut stets bestimmt
`);

/** Sentence openers that make a verbless sentence acceptable (greetings, formulas, answers). */
export const VERBLESS_OPENERS = set(`
  vielen herzlichen herzlich besten guten frohe frohes willkommen viel alles ja nein danke bitte genau
  achtung hinweis foto bild quelle tipp fazit update
`);
