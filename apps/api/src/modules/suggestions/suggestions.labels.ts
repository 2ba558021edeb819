import type { FocusArea, GeographyFit, Locale, SupportType, TargetGroup } from '@motesplats/contracts';

/*
 * The words a suggestion's one-line explanation is built from, in Swedish and English. They are
 * the in-sentence forms ("kvinnor långt från arbetsmarknaden", lower case), not the web's labels.
 */

type Labels<K extends string> = Record<Locale, Record<K, string>>;

export const TARGET_GROUP_LABELS: Labels<TargetGroup> = {
  sv: {
    WOMEN_FAR_FROM_LABOUR_MARKET: 'kvinnor långt från arbetsmarknaden',
    LONG_TERM_UNEMPLOYED: 'långtidsarbetslösa',
    YOUTH_13_19: 'ungdomar 13–19 år',
    YOUNG_ADULTS: 'unga vuxna',
    CHILDREN: 'barn',
    PARENTS: 'föräldrar',
    NEWLY_ARRIVED: 'nyanlända',
    SENIORS: 'äldre',
    PEOPLE_WITH_DISABILITIES: 'personer med funktionsnedsättning',
    ALL_RESIDENTS: 'alla boende',
  },
  en: {
    WOMEN_FAR_FROM_LABOUR_MARKET: 'women far from the labour market',
    LONG_TERM_UNEMPLOYED: 'the long-term unemployed',
    YOUTH_13_19: 'youth aged 13–19',
    YOUNG_ADULTS: 'young adults',
    CHILDREN: 'children',
    PARENTS: 'parents',
    NEWLY_ARRIVED: 'newly arrived people',
    SENIORS: 'older people',
    PEOPLE_WITH_DISABILITIES: 'people with disabilities',
    ALL_RESIDENTS: 'all residents',
  },
};

export const SUPPORT_TYPE_LABELS: Labels<SupportType> = {
  sv: {
    ACTIVITY: 'aktiviteter',
    METHOD: 'metodstöd',
    STAFF: 'personal',
    FUNDING: 'finansiering',
    PREMISES: 'lokaler',
    TRAINING: 'utbildning',
  },
  en: {
    ACTIVITY: 'activities',
    METHOD: 'method support',
    STAFF: 'staff',
    FUNDING: 'funding',
    PREMISES: 'premises',
    TRAINING: 'training',
  },
};

export const FOCUS_AREA_LABELS: Labels<FocusArea> = {
  sv: {
    UNEMPLOYMENT: 'minskad arbetslöshet',
    SCHOOLS: 'bättre skolresultat',
    SERVICES: 'stärkt samhällsservice',
    CRIME: 'minskad brottslighet',
  },
  en: {
    UNEMPLOYMENT: 'reducing unemployment',
    SCHOOLS: 'better school results',
    SERVICES: 'stronger community services',
    CRIME: 'reducing crime',
  },
};

export const GEOGRAPHY_LABELS: Labels<Exclude<GeographyFit, 'NONE'>> = {
  sv: {
    NEIGHBOURHOOD: 'Samma bostadsområde',
    MUNICIPALITY: 'Samma kommun',
    REGION: 'Samma län',
    NATIONAL: 'Verkar i hela landet',
  },
  en: {
    NEIGHBOURHOOD: 'Same neighbourhood',
    MUNICIPALITY: 'Same municipality',
    REGION: 'Same county',
    NATIONAL: 'Works nationwide',
  },
};

/** Joins "a", "b", "c" as "a, b och c" / "a, b and c". */
export function listOf(items: readonly string[], lang: Locale): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'sv' ? 'och' : 'and';
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

export const PHRASES = {
  sv: {
    bothServe: (groups: string) => `Båda riktar sig till ${groups}`,
    focusArea: (area: string) => `Samma fokusområde: ${area}`,
    gives: (types: string) => `Erbjuder ${types} som efterfrågas`,
    completed: (n: number) => (n === 1 ? '1 genomfört samarbete' : `${n} genomförda samarbeten`),
    measured: (n: number) => (n === 1 ? '1 mätt resultat' : `${n} mätta resultat`),
    noFit: 'Få gemensamma nämnare',
  },
  en: {
    bothServe: (groups: string) => `Both work with ${groups}`,
    focusArea: (area: string) => `Same focus area: ${area}`,
    gives: (types: string) => `Offers the ${types} asked for`,
    completed: (n: number) => (n === 1 ? '1 completed collaboration' : `${n} completed collaborations`),
    measured: (n: number) => (n === 1 ? '1 measured result' : `${n} measured results`),
    noFit: 'Little in common',
  },
} as const;
