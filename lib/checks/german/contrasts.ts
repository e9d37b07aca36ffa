/** German antonym scales and head-noun synonym groups, for finding contradicting descriptions of one entity. */

/** One side of a scale: lowercase forms (adjective stems are inflected automatically) and an English gloss. */
export interface Pole {
  gloss: string;
  forms: string[];
}

/**
 * Two poles that cannot both describe the same entity. `sameSegment`: the value may change over time
 * (a rise this year, a fall last year), so only a contradiction within one sentence counts.
 */
export interface Scale {
  id: string;
  poles: [Pole, Pole];
  /** Forms in `forms` that take adjective endings (-e, -en, -er, -es, -em) or noun endings. */
  inflect: 'adjective' | 'noun' | 'none';
  sameSegment?: boolean;
}

export const GERMAN_SCALES: Scale[] = [
  {
    id: 'duration',
    inflect: 'adjective',
    poles: [
      { gloss: 'long-term', forms: ['langfristig', 'dauerhaft', 'unbefristet', 'permanent', 'auf unbestimmte zeit', 'mehrjährig'] },
      {
        gloss: 'fixed-term',
        forms: ['befristet', 'kurzfristig', 'vorübergehend', 'zeitweilig', 'zeitlich begrenzt', 'auf zeit', 'einmalig'],
      },
    ],
  },
  {
    id: 'exclusivity',
    inflect: 'adjective',
    poles: [
      { gloss: 'exclusive', forms: ['exklusiv'] },
      { gloss: 'non-exclusive', forms: ['nicht-exklusiv', 'nichtexklusiv', 'nicht exklusiv'] },
    ],
  },
  {
    id: 'confirmation',
    inflect: 'adjective',
    poles: [
      { gloss: 'confirmed', forms: ['bestätigt', 'offiziell bestätigt'] },
      { gloss: 'denied or unconfirmed', forms: ['dementiert', 'unbestätigt', 'nicht bestätigt', 'bestritten'] },
    ],
  },
  {
    id: 'officiality',
    inflect: 'adjective',
    poles: [
      { gloss: 'official', forms: ['offiziell'] },
      { gloss: 'unofficial', forms: ['inoffiziell'] },
    ],
  },
  {
    id: 'novelty',
    inflect: 'none',
    poles: [
      { gloss: 'for the first time', forms: ['erstmals', 'erstmalig', 'zum ersten mal'] },
      { gloss: 'again', forms: ['erneut', 'abermals', 'zum wiederholten mal', 'zum zweiten mal'] },
    ],
  },
  {
    id: 'cost',
    inflect: 'adjective',
    poles: [
      { gloss: 'free of charge', forms: ['kostenlos', 'kostenfrei', 'gratis'] },
      { gloss: 'paid', forms: ['kostenpflichtig', 'gebührenpflichtig'] },
    ],
  },
  {
    id: 'trend',
    inflect: 'none',
    sameSegment: true,
    poles: [
      { gloss: 'risen', forms: ['gestiegen', 'steigt', 'stieg', 'stiegen', 'gewachsen', 'wächst', 'zugenommen', 'nimmt zu'] },
      {
        gloss: 'fallen',
        forms: ['gesunken', 'sinkt', 'sank', 'sanken', 'zurückgegangen', 'geht zurück', 'abgenommen', 'nimmt ab', 'geschrumpft'],
      },
    ],
  },
  {
    id: 'result',
    inflect: 'noun',
    sameSegment: true,
    poles: [
      { gloss: 'profit', forms: ['gewinn'] },
      { gloss: 'loss', forms: ['verlust'] },
    ],
  },
];

/** Head nouns that name the same relation or thing; a compound ending in one belongs to the group. */
export const GERMAN_HEAD_GROUPS: Record<string, string[]> = {
  partnership: ['partnerschaft', 'zusammenarbeit', 'kooperation', 'allianz', 'bündnis'],
  agreement: ['vertrag', 'abkommen', 'vereinbarung', 'deal'],
  phone: ['telefon', 'smartphone', 'handy', 'gerät', 'modell'],
  revenue: ['umsatz', 'erlös', 'einnahme'],
  price: ['preis', 'kosten'],
  offer: ['angebot', 'aktion', 'kampagne'],
};
