import { z } from 'zod';
import { COUNTIES, MUNICIPALITIES } from './geography.data';

export { COUNTIES, MUNICIPALITIES };
export type County = (typeof COUNTIES)[number];
export type Municipality = (typeof MUNICIPALITIES)[number];

const municipalityByCode = new Map<string, Municipality>(MUNICIPALITIES.map((m) => [m.code, m]));
const countyByCode = new Map<string, County>(COUNTIES.map((c) => [c.code, c]));

export function findMunicipality(code: string): Municipality | undefined {
  return municipalityByCode.get(code);
}

export function findCounty(code: string): County | undefined {
  return countyByCode.get(code);
}

/** SCB municipality codes begin with the code of their county. */
export function countyCodeOf(municipalityCode: string): string {
  return municipalityCode.slice(0, 2);
}

export const MunicipalityCode = z
  .string()
  .regex(/^\d{4}$/, 'A municipality code has four digits')
  .refine((code) => municipalityByCode.has(code), 'Unknown municipality code');

export const CountyCode = z
  .string()
  .regex(/^\d{2}$/, 'A county code has two digits')
  .refine((code) => countyByCode.has(code), 'Unknown county code');
