import { z } from 'zod';

/**
 * Swedish organisation number: ten digits, the last a Luhn check digit over the first nine.
 * Accepts "556036-0793" or "5560360793"; normalised to the ten digits.
 */
export function isValidOrgNumber(digits: string): boolean {
  return /^\d{10}$/.test(digits) && luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
}

/** The Luhn check digit of nine digits: every other digit from the first doubled. */
export function luhnCheckDigit(nineDigits: string): number {
  let sum = 0;
  for (let i = 0; i < 9; i++) {
    let d = Number(nineDigits[i]) * (i % 2 === 0 ? 2 : 1);
    if (d > 9) d -= 9;
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

export const OrgNumber = z
  .string()
  .trim()
  .transform((value) => value.replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^\d{10}$/, 'An organisation number has ten digits')
      .refine(isValidOrgNumber, 'The check digit of the organisation number is wrong'),
  );
