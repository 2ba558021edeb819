import { COUNTIES } from '@motesplats/contracts';
import sweden from '@svg-maps/sweden';
import { describe, expect, it } from 'vitest';
import { COUNTY_BY_SHAPE_ID, countyCodeOfShape, MISLABELLED_SHAPES, shapeIdOfCounty } from './county-shapes';

/** The bounding box of the package's path data, which uses only relative moves (m … z). */
function boundsOf(path: string) {
  const tokens = path.match(/[mz]|-?[\d.]+(?:e-?\d+)?/gi) ?? [];
  const box = { minX: Infinity, minY: Infinity, maxX: -Infinity, maxY: -Infinity };
  let [x, y, startX, startY, starting] = [0, 0, 0, 0, false];
  for (let i = 0; i < tokens.length;) {
    const token = tokens[i] ?? '';
    if (token === 'm' || token === 'z') {
      if (token === 'z') [x, y] = [startX, startY];
      starting = token === 'm';
      i += 1;
      continue;
    }
    x += Number(token);
    y += Number(tokens[i + 1]);
    i += 2;
    if (starting) [startX, startY, starting] = [x, y, false];
    Object.assign(box, {
      minX: Math.min(box.minX, x),
      minY: Math.min(box.minY, y),
      maxX: Math.max(box.maxX, x),
      maxY: Math.max(box.maxY, y),
    });
  }
  return box;
}

describe('the county shapes of the map', () => {
  it('map every shape to an SCB county code and back, one to one', () => {
    const codes = sweden.locations.map((shape) => countyCodeOfShape(shape.id));
    expect(codes).not.toContain(undefined);
    expect(new Set(codes).size).toBe(sweden.locations.length);
    for (const shape of sweden.locations) expect(shapeIdOfCounty(countyCodeOfShape(shape.id) ?? '')).toBe(shape.id);
  });

  it('cover every county SCB lists, each drawn where that county is', () => {
    expect(sweden.locations).toHaveLength(COUNTIES.length);
    for (const county of COUNTIES) {
      const shape = sweden.locations.find((location) => location.id === shapeIdOfCounty(county.code));
      expect(shape, county.code).toBeDefined();
      // Two shapes carry each other's label in the package; when it is corrected this fails,
      // and the table and MISLABELLED_SHAPES are to be corrected with it.
      const label = shape ? (MISLABELLED_SHAPES[shape.id] ?? county.name) : undefined;
      expect(shape?.name, county.code).toBe(label);
      // The labs are drawn inside the shape (its anchor lies within its bounds), and the
      // shape's labs appear in the south or north as the county does: the anchor of a
      // swapped drawing would fall outside.
      const [x, y] = COUNTY_BY_SHAPE_ID[shape?.id ?? '']?.anchor ?? [NaN, NaN];
      const box = boundsOf(shape?.path ?? '');
      expect(x, county.name).toBeGreaterThan(box.minX);
      expect(x, county.name).toBeLessThan(box.maxX);
      expect(y, county.name).toBeGreaterThan(box.minY);
      expect(y, county.name).toBeLessThan(box.maxY);
    }
  });
});
