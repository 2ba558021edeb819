/*
 * The county shapes come from @svg-maps/sweden (MapSVG's map of Sweden, CC BY 4.0; see
 * NOTICE.md), whose ids are slugs of the county names. The platform speaks of counties by their
 * SCB codes (packages/contracts/data/counties.csv), so this table joins the two; a unit test
 * checks that every shape has a code and every code a shape.
 *
 * Version 1.0.1 of the package has two shapes under each other's name: the one it calls
 * "vastmanland" is drawn on the coast north of Gävleborg (Västernorrland), and "vasternorrland"
 * is the inland county west of Uppsala (Västmanland). The table follows the drawing, not the
 * label, and the test fails if a later version corrects the labels, so the table is fixed then.
 *
 * `anchor` is where a county's labs are drawn, in the map's viewBox (0 0 346 793): the centroid
 * of the county's largest piece of land, worked out once from the path data.
 */
export interface CountyShape {
  code: string;
  anchor: readonly [number, number];
}

export const COUNTY_BY_SHAPE_ID: Readonly<Record<string, CountyShape>> = {
  stockholm: { code: '01', anchor: [193, 577] },
  uppsala: { code: '03', anchor: [174, 559] },
  sodermanland: { code: '04', anchor: [147, 611] },
  ostergotland: { code: '05', anchor: [120, 647] },
  jonkoping: { code: '06', anchor: [88, 690] },
  kronoberg: { code: '07', anchor: [91, 724] },
  kalmar: { code: '08', anchor: [131, 701] },
  gotland: { code: '09', anchor: [196, 690] },
  blekinge: { code: '10', anchor: [108, 748] },
  skane: { code: '12', anchor: [66, 764] },
  halland: { code: '13', anchor: [46, 717] },
  'vastra gotaland': { code: '14', anchor: [47, 650] },
  varmland: { code: '17', anchor: [54, 574] },
  orebro: { code: '18', anchor: [102, 596] },
  vasternorrland: { code: '19', anchor: [137, 572] },
  dalarna: { code: '20', anchor: [86, 511] },
  gavleborg: { code: '21', anchor: [137, 484] },
  vastmanland: { code: '22', anchor: [163, 390] },
  jamtland: { code: '23', anchor: [85, 380] },
  vasterbotten: { code: '24', anchor: [177, 283] },
  norrbotten: { code: '25', anchor: [238, 146] },
};

/** The shapes the package labels with the other county's name (see above). */
export const MISLABELLED_SHAPES: Readonly<Record<string, string>> = {
  vastmanland: 'Västmanland',
  vasternorrland: 'Västernorrland',
};

const SHAPE_ID_BY_COUNTY_CODE = new Map(Object.entries(COUNTY_BY_SHAPE_ID).map(([id, { code }]) => [code, id]));

export function countyCodeOfShape(shapeId: string): string | undefined {
  return COUNTY_BY_SHAPE_ID[shapeId]?.code;
}

export function shapeIdOfCounty(countyCode: string): string | undefined {
  return SHAPE_ID_BY_COUNTY_CODE.get(countyCode);
}
