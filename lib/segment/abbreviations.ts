/** Word lists the sentence splitter consults where ICU cannot know the language: abbreviations, sentence starters, months. */
import type { BaseLang } from '../lang';

/**
 * How a period after an abbreviation behaves:
 * - 'always': the abbreviation never ends a sentence (titles, "z. B.", "e.g."), so never split after it;
 * - 'number': it only continues before a number ("Nr. 5", "No. 5", "Jan. 12"), since "No." alone is a word;
 * - 'noun': it continues unless a typical sentence starter follows ("U.S. Army" vs "the U.S. He");
 * - 'final': it often ends a sentence; listed only so its spaced form ("v. Chr.") is recognised as one token.
 */
export type AbbreviationKind = 'always' | 'number' | 'noun' | 'final';

export interface LanguageData {
  /** Keyed by the abbreviation without inner spaces ("z.B."); entries starting lowercase also match capitalised. */
  abbreviations: ReadonlyMap<string, AbbreviationKind>;
  /** Lowercased words that usually open a sentence: they signal a real boundary after an ambiguous period. */
  starters: ReadonlySet<string>;
  /** Lowercased month names (and their abbreviations): "am 1. Juli" is one sentence. */
  months: ReadonlySet<string>;
  /** Lowercased words that put a number with a period in ordinal position ("der 3. Platz", "im 19. Jahrhundert"). */
  ordinalContext: ReadonlySet<string>;
}

function kinds(groups: Record<AbbreviationKind, string>): Map<string, AbbreviationKind> {
  const map = new Map<string, AbbreviationKind>();
  for (const [kind, list] of Object.entries(groups) as [AbbreviationKind, string][]) {
    for (const abbreviation of list.split(/\s+/).filter(Boolean)) map.set(abbreviation, kind);
  }
  return map;
}

function words(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean));
}

// "usw." and "etc." are deliberately absent: they end sentences often, and before a lowercase word ICU already keeps them.
const DE: LanguageData = {
  abbreviations: kinds({
    always: `z.B. z.T. d.h. u.a. u.U. o.Ä. o.ä. i.d.R. i.A. s.o. s.u. v.a. u.v.m. m.E. z.Hd.
      Dr. Prof. Hr. Hrn. Fr. Frl. Dipl. Ing. Mag. bzw. ca. vgl. ggf. inkl. evtl. exkl. zzgl. bspw.
      sog. insb. gem. lt. ggü. einschl. bzgl. allg. Nr. Tel. zit. hrsg. Hrsg. Verf.`,
    number: `Abs. Art. S. Bd. Kap. Ziff. Jan. Feb. Apr. Aug. Sep. Sept. Okt. Nov. Dez.`,
    noun: `St. Str. Mio. Mrd. Tsd. Jh. Jhd.`,
    final: `v.Chr. n.Chr. u.Ä. u.ä.`,
  }),
  starters: words(`der die das den dem des ein eine einer einem einen eines kein keine
    er sie es ich du wir ihr man dies diese dieser dieses jene jener mein meine sein seine unser unsere
    dann danach daher darum deshalb dabei dafür damals doch aber und oder denn sondern so auch noch nur
    schon jetzt nun heute gestern morgen hier dort da als wenn weil ob dass damit obwohl während
    nachdem bevor seit bis im in am an auf aus bei mit nach von vor zu zum zur über unter für gegen
    ohne um durch wie was wer wo warum wann welche welcher welches nicht nie immer alle viele einige
    manche jeder jede jedes trotzdem dennoch zudem außerdem allerdings inzwischen mittlerweile später
    zuvor zunächst schließlich endlich vielleicht ja nein bitte`),
  months: words(`januar jänner februar märz april mai juni juli august september oktober november dezember
    jan. feb. apr. aug. sep. sept. okt. nov. dez.`),
  ordinalContext: words(`der die das den dem des am im vom zum zur beim ins bis ab seit ein eine einen einem
    einer eines jeder jede jedes jeden jedem sein seine seinem seinen seiner ihr ihre ihrem ihren ihrer
    unser unsere unserem unseren dieser diese dieses diesem diesen`),
};

const EN: LanguageData = {
  abbreviations: kinds({
    always: `Mr. Mrs. Ms. Messrs. Mmes. Dr. Prof. Rev. Hon. Gen. Col. Capt. Lt. Sgt. Gov. Sen. Rep. Supt.
      e.g. i.e. vs. cf. viz. approx. esp. incl. dept.`,
    number: `No. Nos. Fig. Figs. p. pp. Vol. Ch. Sec. Art. Jan. Feb. Mar. Apr. Aug. Sep. Sept. Oct. Nov. Dec.`,
    noun: `St. Mt. Jr. Sr. Inc. Ltd. Co. Corp. U.S. U.K. U.N. E.U.`,
    final: `a.m. p.m. A.D. B.C.`,
  }),
  starters: words(`the a an this that these those he she it i we you they there here then now today
    yesterday tomorrow but and or so yet however also still in on at by for with from to of as if when
    while because although after before since until what who where why how which not no yes all some
    many most my his her its our their your each every one later meanwhile finally first next thus
    therefore moreover furthermore instead please`),
  months: words(''),
  ordinalContext: words(''),
};

export const LANGUAGE_DATA: Record<BaseLang, LanguageData> = { de: DE, en: EN };
