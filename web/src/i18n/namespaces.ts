/**
 * The one list of the Deck's string namespaces: `app` (the pages) and one per self-contained part.
 * english.ts and spanish.ts each map every name to that language's module, and the compiler holds
 * both maps to this list (`satisfies Words`): a part added here and forgotten in one language, or
 * added in one language only, does not build. A new part adds one line here and one in each map.
 */
export const NAMESPACES = [
  'app',
  'account',
  'ballots',
  'circles',
  'constituencies',
  'contributions',
  'me',
  'money',
  'people',
  'proposing',
  'tokens',
  'work',
  'parameters',
  'signing',
  'verify',
  'words',
  'valueSettings',
  'rhythms',
  'notify',
  'evaluations',
  'solidarity',
  'offline',
  'help',
  'activity',
  'federation',
] as const;

export type Namespace = (typeof NAMESPACES)[number];

/** A language's strings: one object per namespace. */
export type Words = Record<Namespace, object>;
