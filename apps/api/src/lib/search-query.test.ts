import { describe, expect, it } from 'vitest';
import { MAX_TERMS, parseSearch } from './search-query';

// How q is read before any SQL runs; what it then finds is in search-relevance.test.ts.

describe('parseSearch', () => {
  it('makes each word a term, a begun word of three letters or more a prefix', () => {
    const { terms } = parseSearch('  läx  i ');
    expect(terms.map((t) => t.tsquery)).toEqual(["'läx':*", "'i'"]);
  });

  it('searches an English word or phrase of the glossary as its Swedish words, one term each', () => {
    const { terms } = parseSearch('Homework help for unemployed women');
    expect(terms.map((t) => t.tsquery)).toEqual([
      "('homework' <-> 'help') | 'läxhjälp' | 'läxläsning' | 'läxor'",
      "'for':*",
      expect.stringContaining("'arbetslös'"),
      "'women':* | 'kvinna' | 'kvinnor'",
    ]);
    expect(terms[2]).toMatchObject({ focusAreas: ['UNEMPLOYMENT'], targetGroups: ['LONG_TERM_UNEMPLOYED'] });
    expect(terms[3]).toMatchObject({ targetGroups: ['WOMEN_FAR_FROM_LABOUR_MARKET'] });
  });

  it('knows a Swedish glossary word in its inflected forms, not inside a longer word', () => {
    expect(parseSearch('kvinnorna').terms[0]?.targetGroups).toEqual(['WOMEN_FAR_FROM_LABOUR_MARKET']);
    expect(parseSearch('ARBETSLÖSA').terms[0]?.focusAreas).toEqual(['UNEMPLOYMENT']);
    expect(parseSearch('barnpassning').terms[0]?.targetGroups).toEqual([]);
  });

  it('keeps "quoted phrases" whole, excludes -words and reads "or" as nothing more than a space', () => {
    const parsed = parseSearch('"bland kvinnor" läxhjälp OR trapphus -biblioteket');
    expect(parsed.terms.map((t) => t.tsquery)).toEqual([
      "('bland' <-> 'kvinnor')",
      expect.stringContaining("'läxhjälp':*"),
      "'trapphus':*",
    ]);
    expect(parsed.exclude).toBe("'biblioteket'");
  });

  it('compares words of five letters or more by similarity, not phrases', () => {
    expect(parseSearch('mentor').terms[0]?.fuzzy).toBe('mentor');
    expect(parseSearch('läx').terms[0]?.fuzzy).toBeUndefined();
    expect(parseSearch('"mentorer lokalt"').terms[0]?.fuzzy).toBeUndefined();
  });

  it('reads only letters and digits, so no input is tsquery syntax, and at most MAX_TERMS terms', () => {
    expect(parseSearch("!&|:*() o'brien <-> a\\b").terms.map((t) => t.tsquery)).toEqual([
      "'o'",
      "'brien':*",
      "'a'",
      "'b'",
    ]);
    expect(parseSearch('ett två tre fyra fem sex sju åtta nio tio').terms).toHaveLength(MAX_TERMS);
  });
});
