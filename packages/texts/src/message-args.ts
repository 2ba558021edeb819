/*
 * The arguments of an ICU message, read from its literal type, so that `t(key, params)` is
 * checked by the compiler: a missing or misspelt argument, or a count passed as text, fails
 * typecheck. A small recursive descent over the braces (no quoting with apostrophes; the
 * catalogue does not use it, and catalogue.test.ts compares every message with the real parser):
 *
 * - in message text, `{` opens an argument: `{name}`, `{name, number}`, `{name, date, long}`,
 *   `{name, plural|selectordinal|select, …options…}`;
 * - in an option list, `{` opens a branch (`one {…}`), which is message text again;
 * - `}` closes the innermost branch or option list.
 */

type Trim<S extends string> = S extends ` ${infer R}` | `\n${infer R}`
  ? Trim<R>
  : S extends `${infer R} ` | `${infer R}\n`
    ? Trim<R>
    : S;

/**
 * What a reader's value may be for each kind of argument. A plain `{name}` takes text only, so
 * that a number cannot slip into a message unformatted: counts are `{n, number}` or plurals.
 */
type ValueOf<Format extends string> = Format extends 'plural' | 'selectordinal' | 'number'
  ? number
  : Format extends 'date' | 'time'
    ? Date | number
    : string;

type Context = 'text' | 'options';

type Arg<Name extends string, Value> = { [P in Trim<Name>]: Value };

type Pop<Stack extends readonly Context[]> = Stack extends readonly [Context, ...infer Rest extends Context[]]
  ? Rest
  : [];

/** Reads up to the first `}`; a `{` before it opens something, otherwise the `}` closes. */
type Walk<S extends string, Stack extends readonly Context[], Acc> = S extends `${infer Head}}${infer Rest}`
  ? Head extends `${string}{${infer Inner}`
    ? Open<`${Inner}}${Rest}`, Stack, Acc>
    : Walk<Rest, Pop<Stack>, Acc>
  : Acc;

/** Right after a `{`: a branch inside an option list, or an argument inside message text. */
type Open<S extends string, Stack extends readonly Context[], Acc> = Stack extends readonly ['options', ...Context[]]
  ? Walk<S, ['text', ...Stack], Acc>
  : S extends `${infer Head}}${infer Rest}`
    ? Head extends `${infer Name},${infer Format}`
      ? Format extends `${infer Word},${string}`
        ? Trim<Word> extends 'plural' | 'selectordinal' | 'select'
          ? S extends `${string},${string},${infer Options}`
            ? Walk<Options, ['options', ...Stack], Acc & Arg<Name, ValueOf<Trim<Word>>>>
            : Acc
          : Walk<Rest, Stack, Acc & Arg<Name, ValueOf<Trim<Word>>>>
        : Walk<Rest, Stack, Acc & Arg<Name, ValueOf<Trim<Format>>>>
      : Walk<Rest, Stack, Acc & Arg<Head, string>>
    : Acc;

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** The arguments of one ICU message: `'{n, plural, one {# x} other {# xs}} by {who}'` → `{ n: number; who: string }`. */
export type MessageArgs<Message extends string> = string extends Message
  ? Record<string, unknown>
  : Simplify<Walk<Message, ['text'], unknown>>;
