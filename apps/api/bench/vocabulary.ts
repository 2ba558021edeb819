// Swedish vocabularies per focus area for the benchmark data (bench/data.ts): enough words and
// phrasings that full-text ranking, facets and suggestions see text that reads like the real thing.

export type Focus = 'UNEMPLOYMENT' | 'SCHOOLS' | 'SERVICES' | 'CRIME';

export interface FocusVocabulary {
  /** What an actor offers ("läxhjälp"), lower case. */
  activities: string[];
  /** A housing company's problem, as a challenge's title begins ("Många unga saknar sommarjobb"). */
  problems: string[];
  /** What the company hopes for. */
  outcomes: string[];
  /** Words a lab's name and summary lean on. */
  themes: string[];
}

export const FOCUS_VOCABULARY: Record<Focus, FocusVocabulary> = {
  UNEMPLOYMENT: {
    activities: [
      'jobbcoachning',
      'arbetsträning',
      'praktikplatser',
      'sommarjobb för unga',
      'cv-verkstad',
      'språkpraktik',
      'mentorprogram',
      'yrkessvenska',
      'körkortsstöd',
      'kvinnocafé med jobbfokus',
      'starta eget-kurs',
      'rekryteringsträffar',
      'arbetsintegrerande kooperativ',
      'digital kompetens för arbetssökande',
      'validering av yrkeskunskaper',
    ],
    problems: [
      'Många kvinnor i området står långt från arbetsmarknaden',
      'Hög arbetslöshet bland unga vuxna',
      'Unga saknar sommarjobb och kontakter',
      'Nyanlända har svårt att få sitt första jobb',
      'Långtidsarbetslösa föräldrar behöver en väg tillbaka',
      'Få boende har körkort, vilket stänger jobb',
    ],
    outcomes: [
      'fler boende i arbete eller studier',
      'fler kvinnor med egen inkomst',
      'sommarjobb till alla unga som söker',
      'att fler får en första referens',
    ],
    themes: ['arbete', 'egen försörjning', 'kompetens', 'företagande', 'jobbvägar'],
  },
  SCHOOLS: {
    activities: [
      'läxhjälp',
      'läsfrämjande aktiviteter',
      'studiecirklar',
      'föräldraträffar',
      'mattecoachning',
      'programmering för barn',
      'lovaktiviteter',
      'skolnära fritidsgård',
      'modersmålsstöd',
      'bibliotekskvällar',
      'naturskola',
      'studieteknik för högstadiet',
      'mentorer från högskolan',
    ],
    problems: [
      'Låg behörighet till gymnasiet bland eleverna i området',
      'Barn saknar någonstans att göra läxor',
      'Föräldrar har svårt att följa barnens skolgång',
      'Många barn läser för lite på fritiden',
      'Ungdomar hoppar av gymnasiet',
    ],
    outcomes: [
      'högre behörighet till gymnasiet',
      'fler barn som läser på fritiden',
      'föräldrar som känner sig delaktiga i skolan',
      'färre avhopp',
    ],
    themes: ['skola', 'lärande', 'läsning', 'föräldrar', 'lov'],
  },
  SERVICES: {
    activities: [
      'digital vardag för seniorer',
      'samhällsinformation på flera språk',
      'kvarterskafé',
      'rådgivning om privatekonomi',
      'hälsoträffar',
      'cykelverkstad',
      'odlingslotter',
      'mötesplats för äldre',
      'tolkstöd vid myndighetskontakter',
      'bilpool och mobilitet',
    ],
    problems: [
      'Service och butiker har lämnat området',
      'Äldre är ensamma och nås inte av information',
      'Boende har svårt med digitala myndighetstjänster',
      'Det saknas mötesplatser i området',
    ],
    outcomes: [
      'en levande mötesplats i centrum',
      'färre ensamma äldre',
      'boende som klarar sina ärenden själva',
      'fler tjänster nära hemmet',
    ],
    themes: ['service', 'mötesplats', 'gemenskap', 'hälsa', 'vardag'],
  },
  CRIME: {
    activities: [
      'trygghetsvandringar',
      'nattvandring',
      'spontanidrott på kvällar',
      'tjejträning',
      'föräldrastöd',
      'ungdomsledarutbildning',
      'grannsamverkan',
      'fältarbete med unga',
      'konfliktlösning och medling',
      'kampsport för unga',
      'belysning och gårdsplanering med boende',
    ],
    problems: [
      'Otrygghet i trapphus och på gårdar på kvällar',
      'Unga rekryteras till kriminalitet',
      'Skadegörelse och bränder i området',
      'Föräldrar känner oro för barnens kvällar',
      'Boende undviker centrum efter mörkrets inbrott',
    ],
    outcomes: [
      'ökad upplevd trygghet',
      'färre skadegörelser',
      'fler unga i organiserad fritid',
      'vuxna som syns ute på kvällarna',
    ],
    themes: ['trygghet', 'fritid', 'förebyggande', 'grannskap', 'unga'],
  },
};

/** The groups the texts name, beside the TargetGroup enum values they stand for. */
export const GROUP_WORDS: Record<string, string> = {
  WOMEN_FAR_FROM_LABOUR_MARKET: 'kvinnor långt från arbetsmarknaden',
  LONG_TERM_UNEMPLOYED: 'långtidsarbetslösa',
  YOUTH_13_19: 'ungdomar',
  YOUNG_ADULTS: 'unga vuxna',
  CHILDREN: 'barn',
  PARENTS: 'föräldrar',
  NEWLY_ARRIVED: 'nyanlända',
  SENIORS: 'äldre',
  PEOPLE_WITH_DISABILITIES: 'personer med funktionsnedsättning',
  ALL_RESIDENTS: 'alla boende',
};

export const PLACES = [
  'i bostadsområdet',
  'på mötesplatsen',
  'i skolan',
  'i centrumlokalen',
  'på kvällar och helger',
  'i föreningslokalen',
  'på biblioteket',
  'utomhus på gårdarna',
  'i samarbete med fritidsgården',
];

export const ACTOR_NAME_PATTERNS: Record<string, string[]> = {
  ASSOCIATION: [
    '{place} IF',
    'Föreningen {word} i {place}',
    '{place}s kulturförening',
    'Kvinnoföreningen {word}',
    '{place} BK',
  ],
  STUDY_ASSOCIATION: ['Studieförbundet {word} {place}', 'ABF {place}', 'Bilda {place}', 'Studiefrämjandet {place}'],
  SOCIAL_ENTERPRISE: ['{word} Kooperativ', 'Arbetsintegrerande {word} i {place}', '{word}huset ekonomisk förening'],
  BUSINESS: ['{word} Konsult AB', '{place} Rekrytering AB', '{word} Utbildning AB'],
  MUNICIPAL_UNIT: ['{place} fritidsgård', 'Arbetsmarknadsenheten {place}', 'Fältgruppen {place}', '{place} bibliotek'],
  SCHOOL: ['{place}skolan', '{word}gymnasiet', '{place} folkhögskola'],
  OTHER: ['Nätverket {word} {place}', '{word} {place}'],
};

export const NAME_WORDS = [
  'Gemenskap',
  'Framtid',
  'Bron',
  'Kompassen',
  'Växthuset',
  'Grannskap',
  'Vägen',
  'Solrosen',
  'Nystart',
  'Samverkan',
  'Fyren',
  'Hoppet',
  'Kraften',
  'Mötet',
  'Trädet',
];

export const MESSAGE_TEMPLATES = [
  'Hej! Tack för förslaget. Vi vill gärna ses och prata om {activity} {place}.',
  'Vi har pratat med våra ledare och kan börja efter sommaren. Passar det er?',
  'Kan ni skicka en kort beskrivning av hur ni brukar följa upp {activity}?',
  'Lokalen i centrum är ledig tisdagar och torsdagar. Räcker det för er?',
  'Vi har fått in tolv anmälningar redan, fler än vi räknat med!',
  'Hyresgästföreningen vill vara med på nästa möte, går det bra?',
  'Budgeten är godkänd. Vi skickar avtalsförslaget i veckan.',
  'Första träffen gick bra, {group} kom och frågade efter fler tillfällen.',
];

export const IDEA_TEMPLATES = [
  [
    '{Activity} för {group}',
    'Jag bor i området och tror att {activity} {place} skulle göra stor skillnad för {group}.',
  ],
  [
    'Mer {theme} på gården',
    'Vi saknar {theme} här. Kan bostadsbolaget ordna {activity} tillsammans med någon förening?',
  ],
  ['Starta {activity}', 'Många grannar har pratat om {activity}. Jag kan själv hjälpa till en kväll i veckan.'],
  ['Bättre {theme} för {group}', 'Det vore bra med {activity} {place}, särskilt för {group}.'],
];

/** Municipalities with the most rental homes first: most actors and labs are there. */
export const LARGE_MUNICIPALITIES = [
  '0180', // Stockholm
  '1480', // Göteborg
  '1280', // Malmö
  '0380', // Uppsala
  '0580', // Linköping
  '1880', // Örebro
  '1980', // Västerås
  '1283', // Helsingborg
  '0581', // Norrköping
  '0680', // Jönköping
  '2480', // Umeå
  '1281', // Lund
  '1490', // Borås
  '0484', // Eskilstuna
  '2180', // Gävle
  '0127', // Botkyrka
  '0181', // Södertälje
  '2281', // Sundsvall
  '2580', // Luleå
  '0126', // Huddinge
  '0182', // Nacka
  '0780', // Växjö
  '1290', // Kristianstad
  '2582', // Boden
];
