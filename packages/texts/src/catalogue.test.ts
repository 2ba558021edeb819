import {
  parse,
  TYPE,
  type MessageFormatElement,
  type PluralElement,
  type SelectElement,
} from '@formatjs/icu-messageformat-parser';
import { describe, expect, it } from 'vitest';
import { en } from './catalogue/en';
import { sv, type MessageKey } from './catalogue/sv';

const KIND: Partial<Record<TYPE, string>> = {
  [TYPE.argument]: 'text',
  [TYPE.number]: 'number',
  [TYPE.plural]: 'number',
  [TYPE.date]: 'date',
  [TYPE.time]: 'date',
  [TYPE.select]: 'select',
};

/** Every argument of a message with the kind of value it takes, e.g. ["count:number", "who:text"]. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const element of elements) {
      const kind = KIND[element.type];
      if (kind && 'value' in element) found.add(`${element.value}:${kind}`);
      if (element.type === TYPE.plural || element.type === TYPE.select) {
        for (const option of Object.values((element as PluralElement | SelectElement).options)) walk(option.value);
      }
    }
  };
  walk(parse(message, { ignoreTag: true }));
  return [...found].sort();
}

const keys = Object.keys(sv) as MessageKey[];

describe('the catalogue', () => {
  it('has the same keys in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual([...keys].sort());
  });

  it('has messages that parse as ICU MessageFormat in both languages', () => {
    const broken = keys.flatMap((key) =>
      [sv, en].flatMap((messages) => {
        try {
          parse(messages[key], { ignoreTag: true });
          return [];
        } catch (error) {
          return [`${key}: ${String(error)}`];
        }
      }),
    );
    expect(broken).toEqual([]);
  });

  it('has the same arguments, of the same kinds, in Swedish and English', () => {
    const mismatched = keys
      .map((key) => ({ key, sv: argumentsOf(sv[key]), en: argumentsOf(en[key]) }))
      .filter((m) => m.sv.join() !== m.en.join());
    expect(mismatched).toEqual([]);
  });

  it('has no empty messages', () => {
    const empty = keys.filter((key) => !sv[key].trim() || !en[key].trim());
    expect(empty).toEqual([]);
  });

  it('gives every plural an "other" form and a "one" form', () => {
    const incomplete: string[] = [];
    const walk = (key: string, elements: MessageFormatElement[]) => {
      for (const element of elements) {
        if (element.type === TYPE.plural && (!element.options.one || !element.options.other)) incomplete.push(key);
        if (element.type === TYPE.plural || element.type === TYPE.select) {
          for (const option of Object.values(element.options)) walk(key, option.value);
        }
      }
    };
    for (const key of keys) {
      walk(`sv ${key}`, parse(sv[key], { ignoreTag: true }));
      walk(`en ${key}`, parse(en[key], { ignoreTag: true }));
    }
    expect(incomplete).toEqual([]);
  });

  it('finds argument kinds the way the parser does', () => {
    expect(
      argumentsOf('{n, plural, one {# x {who}} other {# y}} {d, date, long} {k, select, a {A} other {B}}'),
    ).toEqual(['d:date', 'k:select', 'n:number', 'who:text']);
  });
});
