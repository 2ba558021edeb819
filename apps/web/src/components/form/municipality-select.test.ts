import { describe, expect, it } from 'vitest';
import { MUNICIPALITY_GROUPS } from './municipality-select';

const namesIn = (countyCode: string) =>
  MUNICIPALITY_GROUPS.find((group) => group.county.code === countyCode)?.municipalities.map((m) => m.name) ?? [];

describe('the municipality choice', () => {
  it('lists names in Swedish order: Å, Ä and Ö after Z', () => {
    expect(namesIn('12').slice(-5)).toEqual(['Ystad', 'Åstorp', 'Ängelholm', 'Örkelljunga', 'Östra Göinge']);
    expect(namesIn('23').slice(-2)).toEqual(['Åre', 'Östersund']);
  });
});
