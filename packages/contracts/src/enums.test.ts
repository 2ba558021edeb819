import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as enums from './enums';

const schema = readFileSync(new URL('../../../prisma/schema.prisma', import.meta.url), 'utf8');
const prismaEnums = new Map(
  [...schema.matchAll(/^enum (\w+) \{([^}]*)\}/gm)].map((m) => [
    m[1] ?? '',
    (m[2] ?? '')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line && !line.startsWith('//')),
  ]),
);

/** Never crosses the API: the job queue's own bookkeeping. */
const INTERNAL_ENUMS = new Set(['JobState']);

describe('contract enums', () => {
  it('has one zod enum per database enum, with the same values in the same order', () => {
    expect(prismaEnums.size).toBeGreaterThan(15);
    for (const [name, values] of prismaEnums) {
      if (INTERNAL_ENUMS.has(name)) continue;
      const contract = (enums as Record<string, unknown>)[name] as { options?: string[] } | undefined;
      expect(contract?.options, `contracts lack enum ${name}`).toEqual(values);
    }
  });
});
