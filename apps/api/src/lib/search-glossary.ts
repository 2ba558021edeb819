import type { FocusArea, TargetGroup } from '@motesplats/contracts';

/*
 * The domain's words as readers type them, for search (lib/search-query.ts). Data, not UI text:
 * nothing here is shown to anyone.
 *
 *   en            English words and phrases (lower case, as typed: both singular and plural).
 *                 A query's English words found here are searched as the Swedish words too, so
 *                 "unemployed women" finds Swedish content.
 *   sv            The Swedish words the entry stands for. A query word that is one of them,
 *                 or one of them with an inflectional ending ("kvinnorna", "arbetslösa"), is
 *                 searched as all of them ("ungdomar" also finds "unga").
 *   focusAreas,   What the words mean in the platform's own classification: an item classified
 *   targetGroups  so matches the word even when its text does not say it (a challenge for the
 *                 target group "women far from the labour market" about "mammor" matches
 *                 "kvinnor"), ranked below items whose text says it.
 *
 * Kept small on purpose: the domain's few dozen recurring terms (DESIGN.md's nouns, the focus
 * areas and target groups, the methods), not a dictionary.
 */

export interface GlossaryEntry {
  en: readonly string[];
  sv: readonly string[];
  focusAreas?: readonly FocusArea[];
  targetGroups?: readonly TargetGroup[];
}

export const SEARCH_GLOSSARY: readonly GlossaryEntry[] = [
  // Focus areas and target groups
  {
    en: ['unemployed', 'unemployment', 'jobless', 'out of work', 'long-term unemployed', 'long term unemployed'],
    sv: ['arbetslös', 'arbetslösa', 'arbetslöshet', 'långtidsarbetslös', 'långtidsarbetslösa', 'långtidsarbetslöshet'],
    focusAreas: ['UNEMPLOYMENT'],
    targetGroups: ['LONG_TERM_UNEMPLOYED'],
  },
  {
    en: ['woman', 'women'],
    sv: ['kvinna', 'kvinnor'],
    targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'],
  },
  { en: ['labour market', 'labor market'], sv: ['arbetsmarknad', 'arbetsmarknaden'] },
  {
    en: ['youth', 'youths', 'young people', 'teenager', 'teenagers', 'teens', 'adolescents'],
    sv: ['unga', 'ungdom', 'ungdomar', 'tonåring', 'tonåringar'],
    targetGroups: ['YOUTH_13_19', 'YOUNG_ADULTS'],
  },
  { en: ['young adult', 'young adults'], sv: ['unga vuxna'], targetGroups: ['YOUNG_ADULTS'] },
  { en: ['child', 'children', 'kids'], sv: ['barn'], targetGroups: ['CHILDREN'] },
  { en: ['parent', 'parents'], sv: ['förälder', 'föräldrar'], targetGroups: ['PARENTS'] },
  { en: ['mother', 'mothers', 'mum', 'mums', 'mom', 'moms'], sv: ['mamma', 'mammor'] },
  {
    en: ['newly arrived', 'newcomer', 'newcomers', 'immigrant', 'immigrants', 'refugee', 'refugees'],
    sv: ['nyanländ', 'nyanlända', 'nyanlände'],
    targetGroups: ['NEWLY_ARRIVED'],
  },
  {
    en: ['elderly', 'senior', 'seniors', 'older people', 'pensioner', 'pensioners'],
    sv: ['äldre', 'pensionär', 'pensionärer'],
    targetGroups: ['SENIORS'],
  },
  {
    en: ['disability', 'disabilities', 'disabled'],
    sv: ['funktionsnedsättning', 'funktionsnedsättningar', 'funktionsvariation'],
    targetGroups: ['PEOPLE_WITH_DISABILITIES'],
  },
  { en: ['resident', 'residents', 'tenant', 'tenants'], sv: ['boende', 'hyresgäst', 'hyresgäster'] },
  { en: ['girl', 'girls'], sv: ['tjej', 'tjejer', 'flicka', 'flickor'] },
  { en: ['school', 'schools'], sv: ['skola', 'skolan', 'skolor'], focusAreas: ['SCHOOLS'] },
  { en: ['school results', 'grades'], sv: ['skolresultat', 'betyg'], focusAreas: ['SCHOOLS'] },
  { en: ['pupil', 'pupils', 'student', 'students'], sv: ['elev', 'elever'] },
  { en: ['crime', 'crimes', 'criminality'], sv: ['brott', 'brottslighet', 'kriminalitet'], focusAreas: ['CRIME'] },
  {
    en: ['safety', 'security', 'safe', 'feeling safe'],
    sv: ['trygghet', 'trygg', 'trygga', 'tryggare'],
    focusAreas: ['CRIME'],
  },
  { en: ['community services', 'public services'], sv: ['samhällsservice'], focusAreas: ['SERVICES'] },
  // What challenges ask for and offerings give
  { en: ['homework help', 'homework', 'tutoring'], sv: ['läxhjälp', 'läxläsning', 'läxor'] },
  { en: ['mentor', 'mentors', 'mentoring', 'mentorship'], sv: ['mentor', 'mentorer', 'mentorskap'] },
  { en: ['cooperative', 'cooperatives', 'co-op', 'coop'], sv: ['kooperativ'] },
  { en: ['language café', 'language cafe', 'language cafés'], sv: ['språkcafé', 'språkkafé'] },
  { en: ['language friend', 'language friends', 'language buddies'], sv: ['språkvän', 'språkvänner'] },
  { en: ['language', 'languages'], sv: ['språk'] },
  { en: ['swedish lessons', 'swedish classes', 'learning swedish'], sv: ['svenskundervisning', 'sfi', 'svenska'] },
  { en: ['job', 'jobs', 'work', 'employment'], sv: ['jobb', 'arbete', 'anställning'] },
  {
    en: ['internship', 'internships', 'work placement', 'traineeship'],
    sv: ['praktik', 'praktikplats', 'praktikplatser'],
  },
  { en: ['summer job', 'summer jobs'], sv: ['sommarjobb', 'feriejobb'] },
  { en: ['job coaching', 'job coach', 'career guidance'], sv: ['jobbcoachning', 'jobbcoach', 'studievägledning'] },
  { en: ['work training', 'work experience'], sv: ['arbetsträning'] },
  { en: ['entrepreneurship', 'business', 'start a business'], sv: ['företagande', 'företag', 'starta eget'] },
  { en: ['social enterprise', 'social enterprises'], sv: ['socialt företag', 'sociala företag'] },
  { en: ['leisure', 'leisure activities', 'recreation', 'free time'], sv: ['fritid', 'fritidsaktiviteter'] },
  { en: ['activity', 'activities'], sv: ['aktivitet', 'aktiviteter'] },
  { en: ['sport', 'sports', 'exercise', 'training'], sv: ['idrott', 'träning', 'spontanidrott'] },
  { en: ['childcare', 'babysitting'], sv: ['barnpassning'] },
  { en: ['library', 'libraries'], sv: ['bibliotek', 'biblioteket'] },
  { en: ['meeting place', 'meeting places'], sv: ['mötesplats', 'mötesplatser'] },
  { en: ['neighbourhood', 'neighborhood', 'housing area', 'housing estate'], sv: ['bostadsområde', 'område'] },
  { en: ['housing company', 'housing companies', 'landlord'], sv: ['bostadsbolag', 'allmännytta'] },
  { en: ['association', 'associations', 'non-profit', 'nonprofit'], sv: ['förening', 'föreningar'] },
  { en: ['study circle', 'study circles'], sv: ['studiecirkel', 'studiecirklar'] },
  { en: ['dialogue meeting', 'dialogue meetings'], sv: ['dialogmöte', 'dialogmöten'] },
  { en: ['future workshop', 'future workshops'], sv: ['framtidsverkstad', 'framtidsverkstäder'] },
  { en: ['mobilisation course', 'mobilization course'], sv: ['mobiliseringskurs'] },
  { en: ['safety walk', 'safety walks'], sv: ['trygghetsvandring', 'trygghetsvandringar'] },
  { en: ['digital inclusion', 'digital skills'], sv: ['digital delaktighet'] },
  { en: ['innovation lab', 'innovation labs', 'lab', 'labs'], sv: ['innovationslabb', 'labb'] },
  { en: ['premises', 'venue'], sv: ['lokal', 'lokaler'] },
  { en: ['funding', 'grant'], sv: ['finansiering', 'bidrag'] },
  { en: ['volunteer', 'volunteers'], sv: ['volontär', 'volontärer', 'frivillig', 'frivilliga'] },
];
